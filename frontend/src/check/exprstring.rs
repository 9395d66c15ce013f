//! Expressions as gc prints them in messages: the `syntax` package's short form, printed by
//! [`crate::parser::print`] (normalised spacing `a + b`, function literal bodies and composite
//! literal elements elided: `func() {…}`, `T{…}`).

use super::Checker;
use crate::ast::ExprId;

impl Checker<'_> {
    /// The expression as gc prints it (the parser's printer: gc's `syntax` short form).
    pub(crate) fn expr_str(&self, e: ExprId) -> String {
        crate::parser::print::expr_string(self.ast, e)
    }
}
