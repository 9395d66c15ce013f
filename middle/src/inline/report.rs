//! The inliner's `-m` lines, in gc's words.
//!
//! `-m` prints `can inline f` for every inlinable function (at its name, or at the receiver's
//! `(` for a method), `inlining call to f` at the `(` of every inlined call (nested ones at the
//! outermost call's position) and `devirtualizing i.M to T`. `-m=2` adds the cost and gc's
//! rendering of the function (`can inline f with cost 7 as: func(int) int { return x + 1 }`),
//! the reason a function is not inlinable (`cannot inline f: function too complex: cost 106
//! exceeds budget 80`), `repeated recursive cycle` for a recursive call left alone, and the note
//! that a function is too big for more than small inlinees.

use crate::ir::{Extern, FuncKind, Function, Program};
use crate::source::Diagnostic;

/// gc's cost of the standard-library functions gosub implements in the runtime, when gc inlines
/// them, and the calls gc reports for inlining one (a nested inlined call is reported too).
const STDLIB: &[(Extern, u32, &[&str])] = &[
    (Extern::FmtPrint, 72, &["fmt.Print"]),
    (Extern::FmtPrintln, 72, &["fmt.Println"]),
    (Extern::FmtPrintf, 73, &["fmt.Printf"]),
    // Its nested errors.New is inlined (and reported) on its own.
    (Extern::FmtErrorf, 79, &["fmt.Errorf"]),
    (Extern::ErrorsNew, 6, &["errors.New"]),
    // strconv.Itoa inlines an internal function also named strconv.Itoa.
    (Extern::StrconvItoa, 66, &["strconv.Itoa", "strconv.Itoa"]),
];

/// The verdict lines of every function the frontend judged.
pub fn verdicts(program: &Program, level: u8) -> Vec<Diagnostic> {
    program
        .funcs
        .iter()
        .filter_map(|f| verdict_named(f, &f.name, level))
        .collect()
}

/// `can inline NAME` for `f` (with `-m=2` its cost and text, or why it cannot be inlined), if
/// gc prints a line for it at this level.
pub fn verdict_named(f: &Function, name: &str, level: u8) -> Option<Diagnostic> {
    let info = f.inline.as_ref()?;
    if f.kind == FuncKind::Synthetic || level == 0 {
        return None;
    }
    let message = match &info.verdict {
        Ok(cost) if level >= 2 => format!("can inline {name} with cost {cost} as: {}", info.text),
        Ok(_) => format!("can inline {name}"),
        Err(reason) if level >= 2 => format!("cannot inline {name}: {reason}"),
        Err(_) => return None,
    };
    Some(Diagnostic::note(info.pos, message))
}

/// gc's `-m=2` note on a big function.
pub fn big_function(f: &Function) -> Diagnostic {
    let pos = f.inline.as_ref().map_or(f.pos, |i| i.pos);
    Diagnostic::note(
        pos,
        format!(
            "function {} considered 'big'; reducing max cost of inlinees",
            f.name
        ),
    )
}

/// The `inlining call to` names gc reports for a call of standard-library function `e`, when
/// its cost fits `max_cost`.
pub fn stdlib_inlined(e: Extern, max_cost: u32) -> &'static [&'static str] {
    STDLIB
        .iter()
        .find(|(x, cost, _)| *x == e && *cost <= max_cost)
        .map_or(&[], |(_, _, names)| names)
}
