//! Unwind tables of compiled programs, on every target this `ophis` carries a runtime for
//! (aarch64 programs run under `qemu-aarch64`):
//! - `eh_frame_covers_compiled_functions`: in the linked executable, every compiled function
//!   (`__ophis_*`, and the generated `main`) lies inside one FDE of `.eh_frame`, the FDEs use
//!   PC-relative addresses, and the executable has no text relocations;
//! - `backtrace_walks_compiled_frames`: a real unwinder walks through them. A preloaded shim
//!   (`unwind/backtrace_shim.c`, built with the target's C compiler) interposes `write`; when
//!   the program prints a marker from inside `g`, called by `f`, called by the module body, the
//!   shim runs libgcc's `_Unwind_Backtrace` (which reads `.eh_frame`, not frame pointers) and
//!   prints each frame's address; the test maps them to symbols and expects `g`, `f`, the module
//!   body, in that order, and frames beyond them (the runtime's thread start).
//!
//! A target that cannot be built or run here is skipped with a note, unless `OPHIS_TARGETS`
//! asks for it (as `.ci/run` does).

mod common;

use object::{Object, ObjectSection, ObjectSymbol, SymbolKind};
use ophis::link::embedded_targets;
use ophis::target::{Arch, Target};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(120);

const PROGRAM: &str = "import sys\n\n\
def g(x):\n    print('@@backtrace@@', x, file=sys.stderr)\n    return x * 2\n\n\
def f(x):\n    return g(x) + 1\n\n\
print(f(20))\n";

/// A scratch directory for one test and target.
fn scratch(name: &str, arch: Arch) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ophis-unwind-{}-{name}-{}", std::process::id(), arch.name()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch directory");
    dir
}

/// The target of `arch` if programs can be built for it and run here; otherwise `None`
/// (a failure instead when `OPHIS_TARGETS` asks for it).
fn usable(arch: Arch) -> Option<Target> {
    let target = Target::of(arch);
    let why = if !embedded_targets().iter().any(|t| t.arch == arch) {
        "this ophis carries no runtime for it"
    } else if !target.can_run() {
        "its emulator is not on PATH"
    } else {
        return Some(target);
    };
    let asked = std::env::var("OPHIS_TARGETS").unwrap_or_default();
    let required = asked.split(',').any(|s| s.trim() == "all" || s.trim() == target.name());
    assert!(!required, "OPHIS_TARGETS asks for {}, but {why}", target.name());
    eprintln!("skipped for {}: {why}", target.name());
    None
}

/// Build `PROGRAM` for `target` in `dir`; returns the executable's path.
fn build(target: &Target, dir: &Path) -> PathBuf {
    std::fs::write(dir.join("prog.py"), PROGRAM).expect("write program");
    let exe = dir.join("prog");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ophis"));
    cmd.args(["build", "prog.py", "-o", "prog", "--target", target.name()])
        .current_dir(dir)
        .env("OPHIS_CACHE_DIR", dir.join("cache"));
    let (status, _, stderr) = common::run(cmd, TIMEOUT);
    assert!(status.success(), "ophis build --target {} failed:\n{stderr}", target.name());
    exe
}

/// The function symbols of an executable: (address, size, name), sorted by address.
fn functions(elf: &object::File) -> Vec<(u64, u64, String)> {
    let mut fns: Vec<_> = elf
        .symbols()
        .filter(|s| s.kind() == SymbolKind::Text && s.address() != 0)
        .filter_map(|s| Some((s.address(), s.size(), s.name().ok()?.to_string())))
        .collect();
    fns.sort();
    fns
}

/// The `[start, end)` ranges of every FDE in `.eh_frame`, checking each FDE's address
/// encoding is PC-relative.
fn fde_ranges(elf: &object::File) -> Vec<(u64, u64)> {
    use gimli::{BaseAddresses, CieOrFde, EhFrame, LittleEndian, UnwindSection};
    let section = elf.section_by_name(".eh_frame").expect("the executable has .eh_frame");
    let data = section.data().expect(".eh_frame readable");
    let eh_frame = EhFrame::new(data, LittleEndian);
    let bases = BaseAddresses::default().set_eh_frame(section.address());
    let mut ranges = Vec::new();
    let mut entries = eh_frame.entries(&bases);
    while let Some(entry) = entries.next().expect(".eh_frame parses") {
        if let CieOrFde::Fde(partial) = entry {
            let fde = partial.parse(EhFrame::cie_from_offset).expect("FDE parses");
            ranges.push((fde.initial_address(), fde.end_address()));
        }
    }
    ranges
}

fn eh_frame_covers_compiled_functions_for(arch: Arch) {
    let Some(target) = usable(arch) else { return };
    let dir = scratch("eh_frame", arch);
    let exe = build(&target, &dir);
    let bytes = std::fs::read(&exe).expect("read the executable");
    let elf = object::File::parse(&*bytes).expect("an ELF file");
    let compiled: Vec<_> =
        functions(&elf).into_iter().filter(|(_, _, n)| n.starts_with("__ophis_") || n == "main").collect();
    let names: Vec<&str> = compiled.iter().map(|(_, _, n)| n.as_str()).collect();
    for want in ["__ophis_0__module_", "main", "__ophis_module_init"] {
        assert!(names.contains(&want), "{}: no `{want}` among {names:?}", target.name());
    }
    assert!(names.iter().any(|n| n.ends_with("_g")) && names.iter().any(|n| n.ends_with("_f")), "{names:?}");
    let ranges = fde_ranges(&elf);
    for (addr, size, name) in &compiled {
        assert!(*size > 0, "{}: `{name}` has no size", target.name());
        let covered = ranges.iter().any(|&(lo, hi)| lo <= *addr && addr + size <= hi);
        assert!(covered, "{}: no FDE covers `{name}` at {addr:#x}..{:#x}", target.name(), addr + size);
    }
    // PC-relative FDE addresses: the linker needed no text relocation.
    let dynamic = elf.section_by_name(".dynamic").and_then(|s| s.data().ok()).unwrap_or_default();
    let textrel = dynamic.chunks_exact(16).any(|e| {
        let tag = u64::from_le_bytes(e[..8].try_into().expect("8 bytes"));
        let val = u64::from_le_bytes(e[8..].try_into().expect("8 bytes"));
        tag == 22 /* DT_TEXTREL */ || (tag == 30 /* DT_FLAGS */ && val & 4 /* DF_TEXTREL */ != 0)
    });
    assert!(!textrel, "{}: the executable has text relocations", target.name());
    let _ = std::fs::remove_dir_all(&dir);
}

fn backtrace_walks_compiled_frames_for(arch: Arch) {
    let Some(target) = usable(arch) else { return };
    let dir = scratch("backtrace", arch);
    let exe = build(&target, &dir);
    // The shim, built with the target's C compiler.
    let shim = dir.join("backtrace_shim.so");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unwind/backtrace_shim.c");
    let mut cc = Command::new(target.linker());
    cc.args(["-shared", "-fPIC", "-O1", "-o"]).arg(&shim).arg(&src).args(["-ldl", "-lgcc_s"]);
    let (status, _, stderr) = common::run(cc, TIMEOUT);
    assert!(status.success(), "building the shim with {} failed:\n{stderr}", target.linker());

    let mut cmd = match target.emulator() {
        None => {
            let mut c = Command::new(&exe);
            c.env("LD_PRELOAD", &shim);
            c
        }
        // The emulated program gets LD_PRELOAD; qemu itself (an x86_64 program) does not.
        Some(emu) => {
            let mut c = Command::new(emu);
            c.arg("-E").arg(format!("LD_PRELOAD={}", shim.display())).arg(&exe);
            c
        }
    };
    cmd.current_dir(&dir);
    let (status, stdout, stderr) = common::run(cmd, TIMEOUT);
    assert!(status.success(), "{}: the program failed:\n{stderr}", target.name());
    assert_eq!(stdout, "41\n");
    assert!(stderr.contains("@@backtrace@@ 20"), "{}: stderr:\n{stderr}", target.name());

    // Map each frame in the executable to the function containing it.
    let bytes = std::fs::read(&exe).expect("read the executable");
    let elf = object::File::parse(&*bytes).expect("an ELF file");
    let fns = functions(&elf);
    let exe_name = exe.to_string_lossy().into_owned();
    let frames: Vec<String> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("frame "))
        .map(|l| {
            let (pc, obj) = l.split_once(' ').unwrap_or((l, "?"));
            let pc = u64::from_str_radix(pc, 16).unwrap_or(0);
            if obj != exe_name {
                return format!("<{obj}>");
            }
            let i = fns.partition_point(|(a, _, _)| *a <= pc);
            i.checked_sub(1).map_or_else(|| format!("{pc:#x}"), |i| fns[i].2.clone())
        })
        .collect();
    assert!(!frames.is_empty(), "{}: the shim printed no frames; stderr:\n{stderr}", target.name());
    let pos = |pred: &dyn Fn(&str) -> bool| frames.iter().position(|f| pred(f));
    let g = pos(&|f| f.starts_with("__ophis_") && f.ends_with("_g"));
    let f = pos(&|f| f.starts_with("__ophis_") && f.ends_with("_f"));
    let module = pos(&|f| f == "__ophis_0__module_");
    let (Some(g), Some(f), Some(module)) = (g, f, module) else {
        panic!("{}: the backtrace misses compiled frames: {frames:#?}", target.name());
    };
    assert!(g < f && f < module, "{}: compiled frames out of order: {frames:#?}", target.name());
    assert!(g > 0, "{}: no runtime frame below `g`: {frames:#?}", target.name());
    assert!(module + 1 < frames.len(), "{}: the walk stopped at the module body: {frames:#?}", target.name());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eh_frame_covers_compiled_functions() {
    for arch in Arch::ALL {
        eh_frame_covers_compiled_functions_for(arch);
    }
}

#[test]
fn backtrace_walks_compiled_frames() {
    for arch in Arch::ALL {
        backtrace_walks_compiled_frames_for(arch);
    }
}
