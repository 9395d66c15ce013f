//! A text form of the IR, for tests, debugging and `gosub build -ir` style dumps.
//!
//! ```text
//! func main.f (f) params(l0) results(l1)
//!   l0 p *main.T depth=1
//!   a0 &T{...} Object main.T depth=1 heap
//! b0 (depth 1):
//!   alloc a0
//!   l2 = &a0
//!   return
//! ```

use std::fmt::{self, Write};

use super::*;

/// Renders a program as text.
pub fn program_to_string(program: &Program) -> String {
    let mut out = String::new();
    for g in &program.globals {
        let _ = writeln!(out, "global {} {}", g.symbol, ty(program, g.ty));
    }
    for (i, f) in program.funcs.iter().enumerate() {
        let _ = write_function(&mut out, program, FuncId(i as u32), f);
    }
    out
}

fn ty(program: &Program, t: TypeId) -> String {
    program.types.type_string(t, true, false)
}

fn write_function(out: &mut String, p: &Program, id: FuncId, f: &Function) -> fmt::Result {
    let list = |ls: &[LocalId]| {
        ls.iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        out,
        "func {} {} ({}) params({}) results({})",
        id,
        f.symbol,
        f.name,
        list(&f.params),
        list(&f.results)
    )?;
    for (i, c) in f.captures.iter().enumerate() {
        writeln!(
            out,
            "  capture {} {} {} {:?}",
            i,
            c.name,
            ty(p, c.ty),
            c.mode
        )?;
    }
    for (i, l) in f.locals.iter().enumerate() {
        writeln!(
            out,
            "  l{} {:?} {} {} depth={}",
            i,
            l.kind,
            if l.name.is_empty() { "_" } else { &l.name },
            ty(p, l.ty),
            l.loop_depth
        )?;
    }
    for (i, a) in f.allocs.iter().enumerate() {
        writeln!(
            out,
            "  a{} {:?} {:?} {} depth={} {}",
            i,
            a.text,
            a.kind,
            ty(p, a.ty),
            a.loop_depth,
            match a.placement {
                Placement::Stack => "stack",
                Placement::Heap => "heap",
            }
        )?;
    }
    for (i, b) in f.blocks.iter().enumerate() {
        writeln!(out, "b{} (depth {}):", i, b.loop_depth)?;
        for inst in &b.insts {
            out.push_str("  ");
            write_inst(out, p, inst)?;
            out.push('\n');
        }
        out.push_str("  ");
        match &b.term {
            Terminator::Goto(t) => writeln!(out, "goto {t}")?,
            Terminator::Branch { cond, then, els } => {
                writeln!(out, "if {} then {then} else {els}", operand(p, cond))?
            }
            Terminator::Return => writeln!(out, "return")?,
            Terminator::Unreachable => writeln!(out, "unreachable")?,
        }
    }
    Ok(())
}

/// Renders a place.
pub fn place(p: &Program, pl: &Place) -> String {
    let mut s = match &pl.base {
        PlaceBase::Local(l) => l.to_string(),
        PlaceBase::Alloc(a) => format!("*{a}"),
        PlaceBase::Global(g) => p
            .globals
            .get(g.index())
            .map_or_else(|| g.to_string(), |g| g.symbol.clone()),
        PlaceBase::Deref(l) => format!("(*{l})"),
        PlaceBase::Capture(i) => format!("cap{i}"),
    };
    for pr in &pl.proj {
        match pr {
            Proj::Field(i) => {
                let _ = write!(s, ".{i}");
            }
            Proj::Index(o) => {
                let _ = write!(s, "[{}]", operand(p, o));
            }
        }
    }
    s
}

/// Renders an operand.
pub fn operand(p: &Program, o: &Operand) -> String {
    match o {
        Operand::Copy(pl) => place(p, pl),
        Operand::Const(c) => match c {
            Const::Int(v, t) => format!("{v}:{}", ty(p, *t)),
            Const::Float(v, t) => format!("{v:?}:{}", ty(p, *t)),
            Const::Bool(v, _) => v.to_string(),
            Const::Str(s, _) => format!("{:?}", String::from_utf8_lossy(s)),
            Const::Zero(t) => format!("zero:{}", ty(p, *t)),
            Const::FuncValue(f, _) => format!(
                "funcvalue({})",
                p.funcs.get(f.index()).map_or("?", |f| &f.symbol)
            ),
            Const::FuncAddr(f) => format!(
                "funcaddr({})",
                p.funcs.get(f.index()).map_or("?", |f| &f.symbol)
            ),
            Const::TypeDesc(t) => format!("type({})", ty(p, *t)),
            Const::Itab(c, i) => format!("itab({}, {})", ty(p, *c), ty(p, *i)),
        },
    }
}

fn opt(p: &Program, o: &Option<Operand>) -> String {
    o.as_ref().map_or(String::new(), |o| operand(p, o))
}

fn rvalue(p: &Program, r: &Rvalue) -> String {
    match r {
        Rvalue::Use(o) => operand(p, o),
        Rvalue::Unary(op, o) => format!("{op:?} {}", operand(p, o)),
        Rvalue::Binary(op, a, b) => format!("{op:?} {}, {}", operand(p, a), operand(p, b)),
        Rvalue::Convert(o, from) => format!("convert {} from {}", operand(p, o), ty(p, *from)),
        Rvalue::AddrOf(pl) => format!("&{}", place(p, pl)),
        Rvalue::Len(o) => format!("len {}", operand(p, o)),
        Rvalue::Cap(o) => format!("cap {}", operand(p, o)),
        Rvalue::DataPtr(o) => format!("dataptr {}", operand(p, o)),
        Rvalue::MakeSlice(a, b, c) => format!(
            "slice {}, {}, {}",
            operand(p, a),
            operand(p, b),
            operand(p, c)
        ),
        Rvalue::MakeString(a, b) => format!("string {}, {}", operand(p, a), operand(p, b)),
        Rvalue::ElemAddr(a, b) => format!("elemaddr {}, {}", operand(p, a), operand(p, b)),
        Rvalue::StringByte(a, b) => format!("stringbyte {}, {}", operand(p, a), operand(p, b)),
        Rvalue::Slice { x, lo, hi, max } => format!(
            "{}[{}:{}:{}]",
            operand(p, x),
            opt(p, lo),
            opt(p, hi),
            opt(p, max)
        ),
        Rvalue::MakeIface(a, b) => format!("iface {}, {}", operand(p, a), operand(p, b)),
        Rvalue::IfaceTab(o) => format!("ifacetab {}", operand(p, o)),
        Rvalue::IfaceData(o) => format!("ifacedata {}", operand(p, o)),
        Rvalue::IfaceType(o) => format!("ifacetype {}", operand(p, o)),
    }
}

fn operands(p: &Program, os: &[Operand]) -> String {
    os.iter()
        .map(|o| operand(p, o))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_inst(out: &mut String, p: &Program, inst: &Inst) -> fmt::Result {
    match inst {
        Inst::Assign { dst, src, .. } => write!(out, "{} = {}", place(p, dst), rvalue(p, src)),
        Inst::Alloc { site, count, .. } => write!(
            out,
            "alloc {site}{}",
            count
                .as_ref()
                .map_or(String::new(), |c| format!(" x {}", operand(p, c)))
        ),
        Inst::Call {
            dsts, callee, args, ..
        } => {
            let dsts = dsts
                .iter()
                .map(|d| place(p, d))
                .collect::<Vec<_>>()
                .join(", ");
            write!(
                out,
                "{}{} = call {}({})",
                if dsts.is_empty() { "_" } else { "" },
                dsts,
                callee_text(p, callee),
                operands(p, args)
            )
        }
        Inst::BoundsCheck { index, len, .. } => write!(
            out,
            "boundscheck {} < {}",
            operand(p, index),
            operand(p, len)
        ),
        Inst::NilCheck { ptr, .. } => write!(out, "nilcheck {}", operand(p, ptr)),
        Inst::Concat {
            dst, parts, site, ..
        } => write!(
            out,
            "{} = concat({}) buf {site}",
            place(p, dst),
            operands(p, parts)
        ),
        Inst::StringConv {
            dst,
            kind,
            src,
            site,
            ..
        } => write!(
            out,
            "{} = {kind:?}({}) buf {site}",
            place(p, dst),
            operand(p, src)
        ),
        Inst::Append {
            dst,
            slice,
            elems,
            spread,
            site,
            ..
        } => write!(
            out,
            "{} = append({}; {}; {}) buf {site}",
            place(p, dst),
            operand(p, slice),
            operands(p, elems),
            opt(p, spread)
        ),
        Inst::SliceCopy {
            result, dst, src, ..
        } => {
            write!(
                out,
                "{} = copy({}, {})",
                result.as_ref().map_or("_".into(), |r| place(p, r)),
                operand(p, dst),
                operand(p, src)
            )
        }
        Inst::MakeMap {
            dst,
            ty: t,
            hint,
            site,
            ..
        } => write!(
            out,
            "{} = makemap {} hint {} in {site}",
            place(p, dst),
            ty(p, *t),
            opt(p, hint)
        ),
        Inst::MapIndex {
            dst, ok, map, key, ..
        } => write!(
            out,
            "{}, {} = {}[{}]",
            dst.as_ref().map_or("_".into(), |r| place(p, r)),
            ok.as_ref().map_or("_".into(), |r| place(p, r)),
            operand(p, map),
            operand(p, key)
        ),
        Inst::MapStore {
            map, key, value, ..
        } => write!(
            out,
            "{}[{}] = {}",
            operand(p, map),
            operand(p, key),
            operand(p, value)
        ),
        Inst::MapDelete { map, key, .. } => {
            write!(out, "delete({}, {})", operand(p, map), operand(p, key))
        }
        Inst::MapClear { map, .. } => write!(out, "clear({})", operand(p, map)),
        Inst::MapIterInit { iter, map, .. } => {
            write!(out, "{} = mapiter({})", place(p, iter), operand(p, map))
        }
        Inst::MapIterNext {
            iter,
            key,
            value,
            ok,
            ..
        } => write!(
            out,
            "{}, {}, {} = next({})",
            key.as_ref().map_or("_".into(), |r| place(p, r)),
            value.as_ref().map_or("_".into(), |r| place(p, r)),
            place(p, ok),
            place(p, iter)
        ),
        Inst::MakeChan {
            dst, ty: t, size, ..
        } => write!(
            out,
            "{} = makechan {} size {}",
            place(p, dst),
            ty(p, *t),
            opt(p, size)
        ),
        Inst::ChanSend { ch, value, .. } => {
            write!(out, "{} <- {}", operand(p, ch), operand(p, value))
        }
        Inst::ChanRecv { dst, ok, ch, .. } => write!(
            out,
            "{}, {} = <-{}",
            dst.as_ref().map_or("_".into(), |r| place(p, r)),
            ok.as_ref().map_or("_".into(), |r| place(p, r)),
            operand(p, ch)
        ),
        Inst::ChanClose { ch, .. } => write!(out, "close({})", operand(p, ch)),
        Inst::Go { closure, .. } => write!(out, "go {}()", operand(p, closure)),
        Inst::Defer { frame, closure, .. } => write!(
            out,
            "defer {}() in {}",
            operand(p, closure),
            operand(p, frame)
        ),
        Inst::Select {
            cases,
            has_default,
            chosen,
            ..
        } => {
            write!(out, "{} = select", place(p, chosen))?;
            for c in cases {
                match &c.send {
                    Some(v) => write!(out, " [{} <- {}]", operand(p, &c.ch), operand(p, v))?,
                    None => write!(
                        out,
                        " [{}, {} = <-{}]",
                        c.dst.as_ref().map_or("_".into(), |r| place(p, r)),
                        c.ok.as_ref().map_or("_".into(), |r| place(p, r)),
                        operand(p, &c.ch)
                    )?,
                }
            }
            write!(out, "{}", if *has_default { " default" } else { "" })
        }
        Inst::Recover { dst, .. } => write!(out, "{} = recover()", place(p, dst)),
        Inst::TypeAssert {
            dst, ok, x, ty: t, ..
        } => write!(
            out,
            "{}, {} = {}.({})",
            dst.as_ref().map_or("_".into(), |r| place(p, r)),
            ok.as_ref().map_or("_".into(), |r| place(p, r)),
            operand(p, x),
            ty(p, *t)
        ),
    }
}

fn callee_text(p: &Program, callee: &Callee) -> String {
    match callee {
        Callee::Direct(f) => p
            .funcs
            .get(f.index())
            .map_or_else(|| f.to_string(), |f| f.symbol.clone()),
        Callee::Closure(o) => format!("closure {}", operand(p, o)),
        Callee::Iface(o, m) => format!("iface {}.m{m}", operand(p, o)),
        Callee::Extern(e) => e.sig().symbol.to_string(),
    }
}
