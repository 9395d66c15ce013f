//! How Go values are represented in machine terms.
//!
//! Every Go type is flattened into *leaves*: the scalars it is made of, each with its byte offset
//! and Cranelift type (`int` is one `i64`, a string is pointer + length, a slice pointer + length +
//! capacity, an interface type word + data word, a struct the leaves of its fields in order, an
//! array the leaves of each element). A type with few leaves is *SSA-able*: its values travel in
//! Cranelift SSA values, one per leaf, and a local of that type becomes one Cranelift variable per
//! leaf. Larger types are *memory types*: their values are handled through an address (copied with
//! `memcpy`), and locals of such types live in a stack slot of the frame. This mirrors gc, which
//! keeps small structs and short arrays in SSA registers and everything else in the frame.

use std::collections::HashMap;

use cranelift_codegen::ir::types as clif;
use cranelift_codegen::ir::Type as ClifType;
use middle::types::{BasicKind, Type, TypeId, TypeTable};

/// Types with more leaves than this are memory types.
const MAX_SSA_LEAVES: usize = 8;

/// One scalar of a flattened value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leaf {
    /// Byte offset within the value.
    pub offset: u32,
    /// Machine type.
    pub ty: ClifType,
}

/// The machine representation of a Go type.
#[derive(Clone, Debug)]
pub struct Shape {
    /// Size in bytes.
    pub size: u32,
    /// Alignment in bytes.
    pub align: u32,
    /// The scalars, in memory order.
    pub leaves: Vec<Leaf>,
    /// True if values travel as SSA leaves rather than through memory.
    pub ssa: bool,
}

/// Computes and caches shapes.
#[derive(Default)]
pub struct Shapes {
    cache: HashMap<TypeId, std::rc::Rc<Shape>>,
}

impl Shapes {
    /// The shape of `ty`.
    pub fn of(&mut self, types: &TypeTable, ty: TypeId) -> std::rc::Rc<Shape> {
        if let Some(s) = self.cache.get(&ty) {
            return s.clone();
        }
        let layout = types.layout(ty);
        let mut leaves = Vec::new();
        collect_leaves(types, ty, 0, &mut leaves);
        let ssa = leaves.len() <= MAX_SSA_LEAVES;
        let shape = std::rc::Rc::new(Shape {
            size: layout.size as u32,
            align: layout.align as u32,
            leaves,
            ssa,
        });
        self.cache.insert(ty, shape.clone());
        shape
    }
}

/// The Cranelift type of a basic kind.
pub fn basic_clif(kind: BasicKind) -> ClifType {
    use BasicKind::*;
    match kind {
        Bool | Int8 | Uint8 => clif::I8,
        Int16 | Uint16 => clif::I16,
        Int32 | Uint32 => clif::I32,
        Float32 => clif::F32,
        Float64 => clif::F64,
        _ => clif::I64,
    }
}

fn collect_leaves(types: &TypeTable, ty: TypeId, base: u32, out: &mut Vec<Leaf>) {
    let word = |offset: u32| Leaf {
        offset,
        ty: clif::I64,
    };
    match types.under(ty) {
        Type::Basic(BasicKind::String) => {
            out.push(word(base));
            out.push(word(base + 8));
        }
        Type::Basic(BasicKind::Complex64) => {
            out.push(Leaf {
                offset: base,
                ty: clif::F32,
            });
            out.push(Leaf {
                offset: base + 4,
                ty: clif::F32,
            });
        }
        Type::Basic(BasicKind::Complex128) => {
            out.push(Leaf {
                offset: base,
                ty: clif::F64,
            });
            out.push(Leaf {
                offset: base + 8,
                ty: clif::F64,
            });
        }
        Type::Basic(k) => out.push(Leaf {
            offset: base,
            ty: basic_clif(*k),
        }),
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => out.push(word(base)),
        Type::Slice(_) => {
            for i in 0..3 {
                out.push(word(base + 8 * i));
            }
        }
        Type::Interface(_) => {
            out.push(word(base));
            out.push(word(base + 8));
        }
        Type::Array(elem, n) => {
            let size = types.layout(*elem).size as u32;
            // Arrays too long to flatten usefully get a marker number of leaves that forces memory.
            if *n as usize > MAX_SSA_LEAVES {
                out.extend(std::iter::repeat_n(word(base), MAX_SSA_LEAVES + 1));
                return;
            }
            for i in 0..*n as u32 {
                collect_leaves(types, *elem, base + i * size, out);
            }
        }
        Type::Struct(fields) => {
            let offsets = types.field_offsets(ty);
            for (f, off) in fields.iter().zip(offsets) {
                collect_leaves(types, f.ty, base + off as u32, out);
                if out.len() > MAX_SSA_LEAVES {
                    return;
                }
            }
        }
        Type::Named(_) | Type::Tuple(_) => {}
    }
}

/// The range of leaf indices of `ty`'s leaves that belong to field `field` of struct `ty`.
pub fn field_leaf_range(
    shapes: &mut Shapes,
    types: &TypeTable,
    ty: TypeId,
    field: u32,
) -> std::ops::Range<usize> {
    let Type::Struct(fields) = types.under(ty) else {
        return 0..0;
    };
    let mut start = 0;
    for (i, f) in fields.iter().enumerate() {
        let n = shapes.of(types, f.ty).leaves.len();
        if i as u32 == field {
            return start..start + n;
        }
        start += n;
    }
    0..0
}
