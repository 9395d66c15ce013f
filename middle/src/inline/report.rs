//! The inliner's `-m` lines.

use crate::ir::{FuncKind, Function, Program};
use crate::source::Diagnostic;

/// `can inline f` (with `-m=2`: its cost and text, or why it cannot be inlined) for every
/// function the frontend judged.
pub fn verdicts(program: &Program, level: u8) -> Vec<Diagnostic> {
    program.funcs.iter().filter_map(|f| verdict(f, level)).collect()
}

/// The verdict line of one function, if gc prints one at this level.
pub fn verdict(f: &Function, level: u8) -> Option<Diagnostic> {
    let info = f.inline.as_ref()?;
    if f.kind == FuncKind::Synthetic {
        return None;
    }
    match &info.verdict {
        Ok(cost) if level >= 2 => Some(Diagnostic::note(info.pos, format!("can inline {} with cost {cost} as: {}", f.name, info.text))),
        Ok(_) => Some(Diagnostic::note(info.pos, format!("can inline {}", f.name))),
        Err(reason) if level >= 2 => Some(Diagnostic::note(info.pos, format!("cannot inline {}: {reason}", f.name))),
        Err(_) => None,
    }
}
