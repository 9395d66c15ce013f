//! x86-64 disassembly with iced-x86, in Intel syntax close to `objdump -d -M intel`.
//!
//! Offsets are relative to the function's start (the decoder's instruction pointer starts at 0),
//! so a branch inside the function reads `jmp 0x4c`, the offset printed in the listing's first
//! column. A call or RIP-relative reference to another symbol was emitted with a zero
//! displacement and a relocation; iced asks a symbol resolver for every address it prints, and
//! the resolver answers with the relocation's symbol for the one address the instruction refers
//! to (its branch target or memory operand), giving `call gosub_alloc` and `lea rdi, [go:data]`.
//!
//! Cranelift puts a function's constants (floating-point literals, masks) after its code and
//! loads them RIP-relatively. The lowest such in-function target therefore starts the data: the
//! bytes from there on, and the zero padding before them, are printed as `.quad` / `.byte`
//! rather than decoded as instructions.

use std::cell::RefCell;
use std::rc::Rc;

use iced_x86::{
    Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, Mnemonic, OpKind,
    SymbolResolver, SymbolResult,
};

use super::{reloc_in, Insn};

/// The address an instruction refers to through a relocation, and the symbol to print for it.
type Current = Rc<RefCell<Option<(u64, String)>>>;

/// Answers iced's symbol queries from the current instruction's relocation.
struct Relocated(Current);

impl SymbolResolver for Relocated {
    fn symbol(
        &mut self,
        instruction: &Instruction,
        operand: u32,
        _: Option<u32>,
        address: u64,
        _: u32,
    ) -> Option<SymbolResult<'_>> {
        let refers = matches!(
            instruction.op_kind(operand),
            OpKind::NearBranch64 | OpKind::NearBranch32 | OpKind::Memory
        );
        let current = self.0.borrow();
        let (at, name) = current.as_ref()?;
        (refers && *at == address).then(|| SymbolResult::with_string(address, name.clone()))
    }
}

/// Decodes a function's machine code.
pub(super) fn decode(bytes: &[u8], relocs: &[(u32, String)]) -> Vec<Insn> {
    let code_end = data_start(bytes, relocs);
    let current: Current = Rc::new(RefCell::new(None));
    let mut formatter =
        IntelFormatter::with_options(Some(Box::new(Relocated(Rc::clone(&current)))), None);
    let options = formatter.options_mut();
    options.set_hex_prefix("0x");
    options.set_hex_suffix("");
    options.set_space_after_operand_separator(true);
    options.set_branch_leading_zeros(false);
    options.set_show_branch_size(false);
    options.set_small_hex_numbers_in_decimal(false);
    options.set_uppercase_hex(false);

    let mut out = Vec::new();
    let mut decoder = Decoder::with_ip(64, &bytes[..code_end], 0, DecoderOptions::NONE);
    let mut instruction = Instruction::default();
    while decoder.can_decode() {
        decoder.decode_out(&mut instruction);
        let offset = instruction.ip() as u32;
        let len = (instruction.len() as u32).max(1);
        if instruction.is_invalid() {
            // Resynchronise one byte later, as objdump does after `(bad)`.
            out.push(data_line(bytes, offset, 1));
            decoder.set_position(offset as usize + 1).ok();
            decoder.set_ip(offset as u64 + 1);
            continue;
        }
        let symbol = reloc_in(relocs, offset, len);
        *current.borrow_mut() =
            symbol.and_then(|s| referenced_address(&instruction).map(|a| (a, s.to_string())));
        let mut text = String::new();
        formatter.format(&instruction, &mut text);
        let callee = symbol
            .filter(|_| instruction.mnemonic() == Mnemonic::Call)
            .map(str::to_string);
        out.push(Insn {
            offset,
            len,
            text,
            callee,
        });
    }
    if code_end < bytes.len() {
        // Code cannot fall through into data, so zero bytes decoded just before it (`add [rax],
        // al`) are the padding that aligns the constants.
        let mut pad = code_end;
        while let Some(last) = out.last().filter(|i| {
            bytes[i.offset as usize..(i.offset + i.len) as usize]
                .iter()
                .all(|b| *b == 0)
        }) {
            pad = last.offset as usize;
            out.pop();
        }
        if pad < code_end {
            out.push(data_line(bytes, pad as u32, code_end - pad));
        }
    }
    let mut at = code_end;
    while at < bytes.len() {
        let n = if at % 8 == 0 && at + 8 <= bytes.len() {
            8
        } else {
            1
        };
        out.push(data_line(bytes, at as u32, n));
        at += n;
    }
    out
}

/// The address an instruction's relocation patches: its branch target or RIP-relative operand.
fn referenced_address(instruction: &Instruction) -> Option<u64> {
    if instruction.is_ip_rel_memory_operand() {
        return Some(instruction.ip_rel_memory_address());
    }
    (0..instruction.op_count())
        .any(|i| {
            matches!(
                instruction.op_kind(i),
                OpKind::NearBranch64 | OpKind::NearBranch32
            )
        })
        .then(|| instruction.near_branch_target())
}

/// Where the function's constant pool starts: the lowest in-function RIP-relative target of an
/// instruction without a relocation (`bytes.len()` if there is none).
fn data_start(bytes: &[u8], relocs: &[(u32, String)]) -> usize {
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let mut instruction = Instruction::default();
    let mut start = bytes.len() as u64;
    while decoder.can_decode() {
        decoder.decode_out(&mut instruction);
        let (offset, len) = (instruction.ip() as u32, instruction.len() as u32);
        if instruction.is_ip_rel_memory_operand() && reloc_in(relocs, offset, len).is_none() {
            let target = instruction.ip_rel_memory_address();
            if target > instruction.ip() && target < start {
                start = target;
            }
        }
        if instruction.is_invalid() {
            decoder.set_position(offset as usize + 1).ok();
            decoder.set_ip(offset as u64 + 1);
        }
    }
    start as usize
}

/// `n` bytes at `offset` as data: `.quad` for eight, `.byte` otherwise.
fn data_line(bytes: &[u8], offset: u32, n: usize) -> Insn {
    let chunk = &bytes[offset as usize..offset as usize + n];
    let text = match <[u8; 8]>::try_from(chunk) {
        Ok(eight) => format!(".quad {:#018x}", u64::from_le_bytes(eight)),
        Err(_) => format!(
            ".byte {}",
            chunk
                .iter()
                .map(|b| format!("{b:#04x}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Insn {
        offset,
        len: n as u32,
        text,
        callee: None,
    }
}
