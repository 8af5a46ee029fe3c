//! Target descriptions: the triple code is generated for, and how to link for it.

use crate::diagnostics::{CompileResult, Diagnostic, Kind};
use std::str::FromStr;
use target_lexicon::{Architecture, OperatingSystem, Triple};

#[derive(Clone, Debug)]
pub struct Target {
    pub triple: Triple,
}

impl Target {
    pub fn host() -> Target {
        Target { triple: Triple::host() }
    }

    /// Parse `--target`; only Linux on x86_64 and aarch64 is supported.
    pub fn parse(s: &str) -> CompileResult<Target> {
        let triple = Triple::from_str(s).map_err(|e| Diagnostic {
            kind: Kind::Usage,
            message: format!("unknown target `{s}`: {e}"),
            file: None,
            loc: None,
        })?;
        let arch_ok = matches!(triple.architecture, Architecture::X86_64 | Architecture::Aarch64(_));
        if !arch_ok || triple.operating_system != OperatingSystem::Linux {
            return Err(Diagnostic {
                kind: Kind::Usage,
                message: format!(
                    "unsupported target `{s}`: ophis targets x86_64-unknown-linux-gnu and aarch64-unknown-linux-gnu"
                ),
                file: None,
                loc: None,
            });
        }
        Ok(Target { triple })
    }

    pub fn is_host(&self) -> bool {
        self.triple.architecture == Triple::host().architecture
    }

    /// The C compiler driver used as the linker.
    pub fn linker(&self) -> String {
        if self.is_host() {
            std::env::var("OPHIS_CC").unwrap_or_else(|_| "cc".into())
        } else {
            format!("{}-linux-gnu-gcc", self.triple.architecture)
        }
    }
}
