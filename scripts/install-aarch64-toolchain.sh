#!/usr/bin/env bash
# Installs what ophis needs to build, link and run aarch64 programs on an x86_64 Debian 12
# machine (run as root, or with sudo available):
#   - rustc-web + libstd-rust-web-dev:arm64: Debian's rustc with an aarch64 standard library,
#     used only to build the runtime for aarch64 (rustup may lack the aarch64 std);
#   - gcc-aarch64-linux-gnu + libc6-dev-arm64-cross: the cross C compiler used as the linker;
#   - qemu-user: `qemu-aarch64`, which runs the resulting programs (the golden tests use it)
#     against the multiarch arm64 libc (libc6:arm64, a dependency of libstd-rust-web-dev:arm64).
# Idempotent: does nothing when everything is already present. After it, a `cargo build`
# of ophis embeds the aarch64 runtime too (see compiler/build.rs).
set -euo pipefail

if [ "$(uname -m)" != x86_64 ]; then
    echo "this script sets up aarch64 cross-compilation on an x86_64 host; this host is $(uname -m)" >&2
    exit 1
fi

need=()
[ -x /usr/bin/rustc ] || need+=(rustc-web)
dpkg -s libstd-rust-web-dev:arm64 >/dev/null 2>&1 || need+=(libstd-rust-web-dev:arm64)
command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || need+=(gcc-aarch64-linux-gnu)
[ -e /usr/aarch64-linux-gnu/lib/libc.so ] || need+=(libc6-dev-arm64-cross)
[ -e /lib/ld-linux-aarch64.so.1 ] || need+=(libc6:arm64)
command -v qemu-aarch64 >/dev/null 2>&1 || need+=(qemu-user)
if [ ${#need[@]} -eq 0 ]; then
    echo "aarch64 toolchain already installed"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
echo "installing: ${need[*]}"
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    "${sudo[@]}" dpkg --add-architecture arm64
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "aarch64 toolchain installed: $(/usr/bin/rustc --version), $(aarch64-linux-gnu-gcc --version | head -n 1)"
