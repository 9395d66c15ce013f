//! Runtime type descriptors and interface tables, emitted as read-only data.
//!
//! The layouts are those of `rt/src/abi.rs` (`TypeDesc` 80 bytes, `FieldDesc` 40, `MethodDesc` 32,
//! `Itab` 16 + 8 per method); the offsets below must stay in step with it. One descriptor is
//! emitted per distinct type, so the runtime can compare descriptor addresses for type identity.
//! Descriptors refer to each other (element types, field types, method signatures); a descriptor
//! is declared before its contents are built, so recursive types terminate.

use std::collections::{HashMap, HashSet};

use cranelift_module::{DataDescription, DataId, Linkage, Module};
use middle::types::{BasicKind, Type, TypeId};

use crate::module::ModuleCx;

const FLAG_HAS_POINTERS: u8 = 1;
const FLAG_DIRECT_IFACE: u8 = 2;
const FLAG_NAMED: u8 = 4;
const FLAG_COMPARABLE: u8 = 8;

/// Emitted descriptors and itabs.
#[derive(Default)]
pub struct Descriptors {
    types: HashMap<TypeId, DataId>,
    itabs: HashMap<(TypeId, TypeId), DataId>,
    symbols: HashSet<String>,
}

fn unique_symbol(cx: &mut ModuleCx, base: String) -> String {
    let mut name = base.clone();
    let mut n = 1;
    while !cx.descriptors.symbols.insert(name.clone()) {
        n += 1;
        name = format!("{base}·{n}");
    }
    name
}

fn kind_of(types: &middle::types::TypeTable, t: TypeId) -> u8 {
    use BasicKind::*;
    match types.under(t) {
        Type::Basic(k) => match k {
            Bool => 1,
            Int => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 => 14,
            Complex64 => 15,
            Complex128 => 16,
            String => 24,
            UnsafePointer => 26,
            _ => 0,
        },
        Type::Array(..) => 17,
        Type::Chan(..) => 18,
        Type::Func(_) => 19,
        Type::Interface(_) => 20,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        Type::Named(_) | Type::Tuple(_) => 0,
    }
}

fn comparable(types: &middle::types::TypeTable, t: TypeId) -> bool {
    match types.under(t) {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
        Type::Array(e, _) => comparable(types, *e),
        Type::Struct(fields) => fields.iter().all(|f| comparable(types, f.ty)),
        _ => true,
    }
}

/// Writes a `GoString` pointing at `bytes` at `offset` of `desc`.
fn write_string(
    cx: &mut ModuleCx,
    desc: &mut DataDescription,
    bytes: &mut [u8],
    offset: usize,
    s: &str,
) {
    let data = cx.string_data(s.as_bytes());
    let gv = cx.module.declare_data_in_data(data, desc);
    desc.write_data_addr(offset as u32, gv, 0);
    bytes[offset + 8..offset + 16].copy_from_slice(&(s.len() as u64).to_le_bytes());
}

fn write_desc_ptr(cx: &mut ModuleCx, desc: &mut DataDescription, offset: usize, t: TypeId) {
    let data = type_desc(cx, t);
    let gv = cx.module.declare_data_in_data(data, desc);
    desc.write_data_addr(offset as u32, gv, 0);
}

fn define_array(cx: &mut ModuleCx, bytes: Vec<u8>, desc: DataDescription) -> DataId {
    let mut desc = desc;
    desc.define(bytes.into_boxed_slice());
    desc.set_align(8);
    let id = cx
        .module
        .declare_anonymous_data(false, false)
        .expect("descriptor array");
    cx.module.define_data(id, &desc).expect("descriptor array");
    id
}

/// The descriptor of `t`, emitting it (and what it refers to) on first use.
pub fn type_desc(cx: &mut ModuleCx, t: TypeId) -> DataId {
    if let Some(id) = cx.descriptors.types.get(&t) {
        return *id;
    }
    let types = &cx.program.types;
    let name = types.type_string(t, true, true);
    let symbol = unique_symbol(cx, format!("type:{name}"));
    let id = cx
        .module
        .declare_data(&symbol, Linkage::Local, false, false)
        .expect("type descriptor");
    cx.descriptors.types.insert(t, id);

    let types = &cx.program.types;
    let layout = types.layout(t);
    let mut flags = 0;
    if types.has_pointers(t) {
        flags |= FLAG_HAS_POINTERS;
    }
    if types.is_direct_iface(t) {
        flags |= FLAG_DIRECT_IFACE;
    }
    if types.named(t).is_some() {
        flags |= FLAG_NAMED;
    }
    if comparable(types, t) {
        flags |= FLAG_COMPARABLE;
    }
    let kind = kind_of(types, t);
    let shape = types.under(t).clone();

    let mut bytes = vec![0u8; 80];
    let mut desc = DataDescription::new();
    bytes[0..8].copy_from_slice(&layout.size.to_le_bytes());
    bytes[8..12].copy_from_slice(&(layout.align as u32).to_le_bytes());
    bytes[12] = kind;
    bytes[13] = flags;
    write_string(cx, &mut desc, &mut bytes, 16, &name);
    match &shape {
        Type::Pointer(e) | Type::Slice(e) | Type::Chan(_, e) => {
            write_desc_ptr(cx, &mut desc, 32, *e)
        }
        Type::Array(e, n) => {
            write_desc_ptr(cx, &mut desc, 32, *e);
            bytes[48..56].copy_from_slice(&n.to_le_bytes());
        }
        Type::Map(k, v) => {
            write_desc_ptr(cx, &mut desc, 32, *v);
            write_desc_ptr(cx, &mut desc, 40, *k);
        }
        Type::Struct(fields) => {
            let offsets = cx.program.types.field_offsets(t);
            let mut fbytes = vec![0u8; 40 * fields.len().max(1)];
            let mut fdesc = DataDescription::new();
            for (i, (f, off)) in fields.iter().zip(offsets).enumerate() {
                write_string(cx, &mut fdesc, &mut fbytes, i * 40, &f.name);
                write_desc_ptr(cx, &mut fdesc, i * 40 + 16, f.ty);
                fbytes[i * 40 + 24..i * 40 + 32].copy_from_slice(&off.to_le_bytes());
                fbytes[i * 40 + 32] = f.embedded as u8;
            }
            let arr = define_array(cx, fbytes, fdesc);
            let gv = cx.module.declare_data_in_data(arr, &mut desc);
            desc.write_data_addr(56, gv, 0);
            bytes[48..56].copy_from_slice(&(fields.len() as u64).to_le_bytes());
        }
        Type::Interface(methods) => {
            let entries: Vec<(String, TypeId, Option<middle::ir::FuncId>)> = methods
                .iter()
                .map(|m| (m.name.clone(), m.sig, None))
                .collect();
            write_methods(cx, &mut desc, &mut bytes, &entries);
            bytes[48..56].copy_from_slice(&(methods.len() as u64).to_le_bytes());
        }
        _ => {}
    }
    if !matches!(shape, Type::Interface(_)) {
        if let Some(set) = cx.program.method_sets.get(&t) {
            let entries: Vec<(String, TypeId, Option<middle::ir::FuncId>)> = set
                .iter()
                .map(|m| (m.name.clone(), m.sig, Some(m.func)))
                .collect();
            write_methods(cx, &mut desc, &mut bytes, &entries);
        }
    }
    desc.define(bytes.into_boxed_slice());
    desc.set_align(8);
    cx.module.define_data(id, &desc).expect("type descriptor");
    id
}

fn write_methods(
    cx: &mut ModuleCx,
    desc: &mut DataDescription,
    bytes: &mut [u8],
    entries: &[(String, TypeId, Option<middle::ir::FuncId>)],
) {
    if entries.is_empty() {
        return;
    }
    let mut mbytes = vec![0u8; 32 * entries.len()];
    let mut mdesc = DataDescription::new();
    for (i, (name, sig, func)) in entries.iter().enumerate() {
        write_string(cx, &mut mdesc, &mut mbytes, i * 32, name);
        write_desc_ptr(cx, &mut mdesc, i * 32 + 16, *sig);
        if let Some(f) = func {
            let fref = cx
                .module
                .declare_func_in_data(cx.funcs[f.index()], &mut mdesc);
            mdesc.write_function_addr((i * 32 + 24) as u32, fref);
        }
    }
    let arr = define_array(cx, mbytes, mdesc);
    let gv = cx.module.declare_data_in_data(arr, desc);
    desc.write_data_addr(64, gv, 0);
    bytes[72..80].copy_from_slice(&(entries.len() as u64).to_le_bytes());
}

/// The itab for concrete type `concrete` in interface type `iface`.
pub fn itab(cx: &mut ModuleCx, concrete: TypeId, iface: TypeId) -> DataId {
    if let Some(id) = cx.descriptors.itabs.get(&(concrete, iface)) {
        return *id;
    }
    let types = &cx.program.types;
    let name = format!(
        "go:itab.{},{}",
        types.type_string(concrete, true, true),
        types.type_string(iface, true, true)
    );
    let symbol = unique_symbol(cx, name);
    let id = cx
        .module
        .declare_data(&symbol, Linkage::Local, false, false)
        .expect("itab");
    cx.descriptors.itabs.insert((concrete, iface), id);
    let methods = match cx.program.types.under(iface) {
        Type::Interface(m) => m.clone(),
        _ => Vec::new(),
    };
    let set = cx
        .program
        .method_sets
        .get(&concrete)
        .cloned()
        .unwrap_or_default();
    let mut bytes = vec![0u8; 16 + 8 * methods.len()];
    let mut desc = DataDescription::new();
    write_desc_ptr(cx, &mut desc, 0, concrete);
    write_desc_ptr(cx, &mut desc, 8, iface);
    for (i, m) in methods.iter().enumerate() {
        if let Some(entry) = set.iter().find(|e| e.name == m.name) {
            let fref = cx
                .module
                .declare_func_in_data(cx.funcs[entry.func.index()], &mut desc);
            desc.write_function_addr((16 + 8 * i) as u32, fref);
        }
    }
    desc.define(bytes.split_off(0).into_boxed_slice());
    desc.set_align(8);
    cx.module.define_data(id, &desc).expect("itab");
    id
}
