//! Target descriptions: everything ophis does differently per target lives here.
//!
//! A `Target` is one of the supported Linux targets (`x86_64-unknown-linux-gnu`,
//! `aarch64-unknown-linux-gnu`). From it come:
//! - the Cranelift code generator (`isa`): the backend, its settings, the calling convention
//!   (the platform's C convention, System V / AAPCS64, which the runtime's `extern "C"`
//!   functions use) and the machine word;
//! - the linker driver (`linker`): `cc` for the host, the Debian cross `gcc` otherwise, each
//!   overridable by an environment variable;
//! - how to run an executable built for it on this machine (`run_command`): directly on the
//!   host, under `qemu-aarch64` (user-mode emulation) for aarch64 on an x86_64 host;
//! - facts tests check: the ELF machine number.
//!
//! Invariant: the value word is 64 bits on every target ophis supports (both are LP64), and
//! the runtime's object model is defined in 64-bit words (tagged 63-bit immediate ints). Code
//! generation writes that word as `WORD`; `isa` refuses a backend whose pointer type differs,
//! so a target with another word size is an internal error, never a miscompiled program.

use crate::diagnostics::{CompileResult, Diagnostic};
use cranelift_codegen::ir::{types, Type};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;
use std::str::FromStr;
use target_lexicon::{Architecture, OperatingSystem, Triple};

/// The machine word: a value, a pointer, a count.
pub const WORD: Type = types::I64;
/// The size of `WORD` in bytes.
pub const WORD_BYTES: u32 = 8;
/// log2 of `WORD_BYTES`: a word's alignment as Cranelift's stack slots take it.
pub const WORD_SHIFT: u8 = 3;

/// The instruction-set architectures ophis generates code for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    /// Every supported architecture.
    pub const ALL: [Arch; 2] = [Arch::X86_64, Arch::Aarch64];

    /// The architecture `ophis` itself was compiled for.
    pub const HOST: Arch = if cfg!(target_arch = "x86_64") {
        Arch::X86_64
    } else if cfg!(target_arch = "aarch64") {
        Arch::Aarch64
    } else {
        panic!("ophis runs on x86_64 and aarch64 Linux only")
    };

    /// The Linux GNU triple.
    pub fn triple(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-unknown-linux-gnu",
            Arch::Aarch64 => "aarch64-unknown-linux-gnu",
        }
    }

    /// The short name used in file names and environment variables (`x86_64`, `aarch64`).
    pub fn name(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64",
            Arch::Aarch64 => "aarch64",
        }
    }

    /// `e_machine` in the ELF header of an executable for this architecture.
    pub fn elf_machine(self) -> u16 {
        match self {
            Arch::X86_64 => 62,   // EM_X86_64
            Arch::Aarch64 => 183, // EM_AARCH64
        }
    }

    fn from_triple(t: &Triple) -> Option<Arch> {
        match t.architecture {
            Architecture::X86_64 => Some(Arch::X86_64),
            Architecture::Aarch64(_) => Some(Arch::Aarch64),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Target {
    pub triple: Triple,
    pub arch: Arch,
}

impl Target {
    /// The machine ophis runs on.
    pub fn host() -> Target {
        Target::of(Arch::HOST)
    }

    /// The Linux GNU target of `arch`.
    pub fn of(arch: Arch) -> Target {
        let triple = Triple::from_str(arch.triple()).expect("the supported triples parse");
        Target { triple, arch }
    }

    /// Every supported target, the host first.
    pub fn all() -> Vec<Target> {
        let mut arches = vec![Arch::HOST];
        arches.extend(Arch::ALL.into_iter().filter(|&a| a != Arch::HOST));
        arches.into_iter().map(Target::of).collect()
    }

    /// Parse `--target`; only Linux on x86_64 and aarch64 is supported.
    pub fn parse(s: &str) -> CompileResult<Target> {
        let triple = Triple::from_str(s).map_err(|e| Diagnostic::usage(format!("unknown target `{s}`: {e}")))?;
        match Arch::from_triple(&triple) {
            Some(arch) if triple.operating_system == OperatingSystem::Linux => Ok(Target { triple, arch }),
            _ => Err(Diagnostic::usage(format!(
                "unsupported target `{s}`: ophis targets x86_64-unknown-linux-gnu and aarch64-unknown-linux-gnu"
            ))),
        }
    }

    pub fn is_host(&self) -> bool {
        self.arch == Arch::HOST
    }

    /// The canonical triple (`x86_64-unknown-linux-gnu`, `aarch64-unknown-linux-gnu`).
    pub fn name(&self) -> &'static str {
        self.arch.triple()
    }

    /// The calling convention of compiled functions and of the runtime's `extern "C"` ones.
    pub fn call_conv(&self) -> CallConv {
        CallConv::SystemV
    }

    /// The Cranelift code generator for this target, configured for a position-independent
    /// executable with frame pointers (so that profilers walk compiled frames too).
    pub fn isa(&self) -> CompileResult<OwnedTargetIsa> {
        let ice = |e: String| Diagnostic::internal("codegen", e);
        let mut flags = settings::builder();
        for (k, v) in [("opt_level", "speed"), ("is_pic", "true"), ("preserve_frame_pointers", "true")] {
            flags.set(k, v).map_err(|e| ice(format!("setting {k}: {e}")))?;
        }
        let isa = cranelift_codegen::isa::lookup(self.triple.clone())
            .map_err(|e| ice(format!("no code generator for {}: {e}", self.triple)))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| ice(format!("configuring the code generator: {e}")))?;
        if isa.pointer_type() != WORD {
            return Err(ice(format!("{}: pointers are {}, ophis values are {WORD}", self.triple, isa.pointer_type())));
        }
        if isa.default_call_conv() != self.call_conv() {
            return Err(ice(format!(
                "{}: Cranelift's default calling convention is {}, the runtime's is {}",
                self.triple,
                isa.default_call_conv(),
                self.call_conv()
            )));
        }
        Ok(isa)
    }

    /// The environment variable that names this target's linker driver: `OPHIS_CC` for the
    /// host, `OPHIS_CC_AARCH64` / `OPHIS_CC_X86_64` for a cross target.
    pub fn linker_var(&self) -> String {
        if self.is_host() {
            "OPHIS_CC".into()
        } else {
            format!("OPHIS_CC_{}", self.arch.name().to_uppercase())
        }
    }

    /// The C compiler driver used as the linker: `cc` for the host, the Debian cross compiler
    /// (`aarch64-linux-gnu-gcc`) otherwise; `linker_var()` overrides it.
    pub fn linker(&self) -> String {
        std::env::var(self.linker_var()).unwrap_or_else(|_| {
            if self.is_host() {
                "cc".into()
            } else {
                format!("{}-linux-gnu-gcc", self.arch.name())
            }
        })
    }

    /// The emulator that runs this target's executables on this machine, if one is needed
    /// (`qemu-aarch64` for aarch64 on x86_64).
    pub fn emulator(&self) -> Option<String> {
        (!self.is_host()).then(|| format!("qemu-{}", self.arch.name()))
    }

    /// Whether executables for this target can run here (the host, or its emulator is on
    /// `PATH`).
    pub fn can_run(&self) -> bool {
        match self.emulator() {
            None => true,
            Some(emu) => std::env::var_os("PATH")
                .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join(&emu).is_file())),
        }
    }

    /// A command that runs `exe` (built for this target) with `argv[0]` = `arg0`: the program
    /// itself on the host, `qemu-aarch64 -0 ARG0 EXE` otherwise. qemu runs without `-L`, so the
    /// program loads the multiarch arm64 libc (`libc6:arm64`, `/lib/ld-linux-aarch64.so.1`);
    /// `-L /usr/aarch64-linux-gnu` would mix it with the cross libc and hang threaded programs.
    pub fn run_command(&self, exe: &Path, arg0: &OsStr) -> Command {
        match self.emulator() {
            None => {
                use std::os::unix::process::CommandExt;
                let mut cmd = Command::new(exe);
                cmd.arg0(arg0);
                cmd
            }
            Some(emu) => {
                let mut cmd = Command::new(emu);
                cmd.arg("-0").arg(arg0).arg(exe);
                cmd
            }
        }
    }
}
