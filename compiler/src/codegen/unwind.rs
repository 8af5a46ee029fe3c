//! Unwind tables: an `.eh_frame` section describing every compiled function, so that the C
//! unwinder (libgcc's `_Unwind_Backtrace`, a Rust panic's backtrace, `gdb`, `perf`) walks
//! through compiled frames on every target.
//!
//! Input: each function's System V unwind information from Cranelift (`add`, called as each
//! function is compiled), then the finished object (`write`). Output: one CIE, one FDE per
//! function, appended to the object's `.eh_frame` with a relocation per FDE.
//!
//! Invariant: FDE addresses are PC-relative (`DW_EH_PE_pcrel | DW_EH_PE_sdata4`, the encoding
//! GCC uses). cranelift-object's own `.eh_frame` writes absolute addresses, which in a PIE
//! become text relocations (the linker warns, and `-static-pie` fails); PC-relative ones need
//! no dynamic relocation at all.

use crate::diagnostics::{CompileResult, Diagnostic};
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_codegen::isa::TargetIsa;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::write::{Address, EhFrame, EndianVec, FrameTable, RelocateWriter, Relocation, RelocationTarget};
use object::write::{Relocation as ObjectRelocation, StandardSection};
use object::{RelocationEncoding, RelocationFlags, RelocationKind};

/// FDEs collected while functions are compiled.
#[derive(Default)]
pub(crate) struct UnwindTable {
    /// Each function and its frame description (addresses are indices into this list).
    fdes: Vec<(FuncId, gimli::write::FrameDescriptionEntry)>,
}

fn ice(e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::internal("codegen", format!("unwind tables: {e}"))
}

impl UnwindTable {
    /// Record the unwind information of function `id`, just compiled.
    pub(crate) fn add(&mut self, id: FuncId, info: Option<UnwindInfo>) -> CompileResult<()> {
        match info {
            Some(UnwindInfo::SystemV(sysv)) => {
                let address = Address::Symbol { symbol: self.fdes.len(), addend: 0 };
                self.fdes.push((id, sysv.to_fde(address)));
                Ok(())
            }
            Some(_) => Err(ice("the code generator produced non-System V unwind information")),
            None => Err(ice("the code generator produced no unwind information")),
        }
    }

    /// Append `.eh_frame` to the finished object.
    pub(crate) fn write(self, product: &mut ObjectProduct, isa: &dyn TargetIsa) -> CompileResult<()> {
        if self.fdes.is_empty() {
            return Ok(());
        }
        let mut cie = isa.create_systemv_cie().ok_or_else(|| ice("the target has no System V CIE"))?;
        cie.fde_address_encoding = gimli::DwEhPe(gimli::DW_EH_PE_pcrel.0 | gimli::DW_EH_PE_sdata4.0);
        let mut table = FrameTable::default();
        let cie_id = table.add_cie(cie);
        let mut symbols = Vec::with_capacity(self.fdes.len());
        for (id, fde) in self.fdes {
            table.add_fde(cie_id, fde);
            symbols.push(product.function_symbol(id));
        }
        let endian = match isa.endianness() {
            cranelift_codegen::ir::Endianness::Little => gimli::RunTimeEndian::Little,
            cranelift_codegen::ir::Endianness::Big => gimli::RunTimeEndian::Big,
        };
        let mut eh_frame = EhFrame(Section { writer: EndianVec::new(endian), relocations: Vec::new() });
        table.write_eh_frame(&mut eh_frame).map_err(ice)?;
        let Section { writer, relocations } = eh_frame.0;
        let section = product.object.section_id(StandardSection::EhFrame);
        product.object.append_section_data(section, &writer.into_vec(), 8);
        for r in relocations {
            let RelocationTarget::Symbol(i) = r.target else {
                return Err(ice("a section-relative relocation in .eh_frame"));
            };
            let pcrel = r.eh_pe.is_some_and(|pe| pe.application() == gimli::DW_EH_PE_pcrel);
            let kind = if pcrel { RelocationKind::Relative } else { RelocationKind::Absolute };
            let flags = RelocationFlags::Generic { kind, encoding: RelocationEncoding::Generic, size: r.size * 8 };
            let reloc = ObjectRelocation { offset: r.offset as u64, symbol: symbols[i], addend: r.addend, flags };
            product.object.add_relocation(section, reloc).map_err(ice)?;
        }
        Ok(())
    }
}

/// The section being written, with the relocations gimli asks for.
struct Section {
    writer: EndianVec<gimli::RunTimeEndian>,
    relocations: Vec<Relocation>,
}

impl RelocateWriter for Section {
    type Writer = EndianVec<gimli::RunTimeEndian>;

    fn writer(&self) -> &Self::Writer {
        &self.writer
    }

    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.writer
    }

    fn relocate(&mut self, relocation: Relocation) {
        self.relocations.push(relocation);
    }
}
