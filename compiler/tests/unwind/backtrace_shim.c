/* A preloaded library for compiler/tests/unwind.rs: it interposes libc's `write`, and when a
 * program writes a buffer containing the marker "@@backtrace@@", it walks the stack with the
 * C unwinder (libgcc's _Unwind_Backtrace, which reads .eh_frame only; frame pointers play no
 * part) and prints one line per frame to fd 2: "frame <pc offset in its object> <object path>".
 * Then it performs the write. Built by the test with the target's C compiler.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unwind.h>

typedef ssize_t (*write_fn)(int, const void *, size_t);

static write_fn real_write(void) {
    static write_fn real;
    if (!real) {
        real = (write_fn)dlsym(RTLD_NEXT, "write");
    }
    return real;
}

static _Unwind_Reason_Code frame(struct _Unwind_Context *ctx, void *arg) {
    int *depth = arg;
    uintptr_t pc = _Unwind_GetIP(ctx);
    if (pc == 0 || ++*depth > 64) {
        return _URC_END_OF_STACK;
    }
    Dl_info info;
    char line[512];
    int n;
    /* pc - 1: the return address may be the first byte of the next function. */
    if (dladdr((void *)(pc - 1), &info) && info.dli_fname) {
        n = snprintf(line, sizeof line, "frame %lx %s\n", (unsigned long)(pc - 1 - (uintptr_t)info.dli_fbase),
                     info.dli_fname);
    } else {
        n = snprintf(line, sizeof line, "frame %lx ?\n", (unsigned long)pc);
    }
    if (n > 0) {
        real_write()(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    }
    return _URC_NO_REASON;
}

ssize_t write(int fd, const void *buf, size_t count) {
    if (memmem(buf, count, "@@backtrace@@", 13)) {
        int depth = 0;
        _Unwind_Backtrace(frame, &depth);
    }
    return real_write()(fd, buf, count);
}
