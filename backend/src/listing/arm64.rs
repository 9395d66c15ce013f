//! AArch64 disassembly with yaxpeax-arm, in the ARM syntax `objdump -d` prints.
//!
//! Every instruction is one little-endian 32-bit word. yaxpeax prints PC-relative operands as
//! `$+0x10`; the listing turns them into offsets from the function's start (`b 0x4c`, matching the
//! listing's first column) or, where the word carries a relocation, into the symbol: a call is
//! `bl gosub_alloc`, and the address of data or a function, which Cranelift materialises as an
//! `adrp` / `add` pair with two relocations, reads `adrp x0, go:data` then
//! `add x0, x0, :lo12:go:data`, as in assembler source.
//!
//! Cranelift keeps floating-point constants inline: `ldr d0, <literal>` loads them from words
//! that a branch jumps over. The words a PC-relative (`literal`) load reads are therefore printed
//! as `.word` data, not decoded; so is any word the decoder does not know (`.inst` in objdump).

use yaxpeax_arch::{Decoder, U8Reader};
use yaxpeax_arm::armv8::a64::{InstDecoder, Instruction, Opcode, Operand, SIMDSizeCode, SizeCode};

use super::{reloc_in, Insn};

/// Decodes a function's machine code.
pub(super) fn decode(bytes: &[u8], relocs: &[(u32, String)]) -> Vec<Insn> {
    let decoder = InstDecoder::default();
    let words: Vec<Option<Instruction>> = bytes
        .chunks_exact(4)
        .map(|w| decoder.decode(&mut U8Reader::new(w)).ok())
        .collect();
    let mut data = vec![false; words.len()];
    for (k, word) in words.iter().enumerate() {
        let Some((target, size)) = word.as_ref().and_then(|i| literal_load(i, k as i64 * 4)) else {
            continue;
        };
        for at in (target..target + size).step_by(4) {
            if let Some(d) = usize::try_from(at / 4).ok().and_then(|w| data.get_mut(w)) {
                *d = true;
            }
        }
    }
    let mut out = Vec::with_capacity(words.len() + 1);
    for (k, word) in words.iter().enumerate() {
        let offset = k as u32 * 4;
        let insn = match word {
            Some(instruction) if !data[k] => {
                format(instruction, offset, reloc_in(relocs, offset, 4))
            }
            _ => {
                let value = u32::from_le_bytes([
                    bytes[k * 4],
                    bytes[k * 4 + 1],
                    bytes[k * 4 + 2],
                    bytes[k * 4 + 3],
                ]);
                Insn {
                    offset,
                    len: 4,
                    text: format!(".word {value:#010x}"),
                    callee: None,
                }
            }
        };
        out.push(insn);
    }
    let tail = bytes.len() / 4 * 4;
    if tail < bytes.len() {
        let text = format!(
            ".byte {}",
            bytes[tail..]
                .iter()
                .map(|b| format!("{b:#04x}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        out.push(Insn {
            offset: tail as u32,
            len: (bytes.len() - tail) as u32,
            text,
            callee: None,
        });
    }
    out
}

/// Formats one instruction at `offset`, with its relocation's `symbol` if it has one.
fn format(instruction: &Instruction, offset: u32, symbol: Option<&str>) -> Insn {
    let mut text = instruction.to_string();
    let pc_offset = instruction.operands.iter().find_map(|o| match o {
        Operand::PCOffset(d) => Some(*d),
        _ => None,
    });
    if let Some(d) = pc_offset {
        // yaxpeax's spelling of the operand, replaced by a symbol or an absolute offset.
        let token = if d < 0 {
            format!("$-{:#x}", d.unsigned_abs())
        } else {
            format!("$+{d:#x}")
        };
        let replacement = match symbol {
            Some(s) => s.to_string(),
            None if instruction.opcode == Opcode::ADRP => token.clone(),
            None => format!("{:#x}", offset as i64 + d),
        };
        text = text.replacen(&token, &replacement, 1);
    } else if let Some(s) = symbol {
        // The low 12 bits of an address (`add x0, x0, :lo12:sym`, `ldr x0, [x0, :lo12:sym]`).
        text = match text.rfind("#0x0") {
            Some(i) if !text[i + 4..].starts_with(|c: char| c.is_ascii_hexdigit()) => {
                format!("{}:lo12:{s}{}", &text[..i], &text[i + 4..])
            }
            _ => format!("{text} <{s}>"),
        };
    }
    let callee = symbol
        .filter(|_| instruction.opcode == Opcode::BL)
        .map(str::to_string);
    Insn {
        offset,
        len: 4,
        text,
        callee,
    }
}

/// For a PC-relative (literal) load at `pc`: the address and size of the data it reads.
fn literal_load(instruction: &Instruction, pc: i64) -> Option<(i64, i64)> {
    let Operand::PCOffset(d) = instruction.operands[1] else {
        return None;
    };
    let size = match (instruction.opcode, instruction.operands[0]) {
        (Opcode::LDRSW, _) => 4,
        (Opcode::LDR, Operand::Register(SizeCode::W, _)) => 4,
        (Opcode::LDR, Operand::Register(SizeCode::X, _)) => 8,
        (Opcode::LDR, Operand::SIMDRegister(SIMDSizeCode::S, _)) => 4,
        (Opcode::LDR, Operand::SIMDRegister(SIMDSizeCode::D, _)) => 8,
        (Opcode::LDR, Operand::SIMDRegister(SIMDSizeCode::Q, _)) => 16,
        _ => return None,
    };
    Some((pc + d, size))
}
