//! Reporting diagnostics the way types2 does: at the start of the offending expression, with
//! follow-up lines (`\n\t<pos>: text`) for multi-part messages, and with types2's trick of
//! dropping messages about invalid operands once an error has been reported (and gc's of
//! dropping an immediate repetition on the same line).

use middle::source::{Diagnostic, Pos, NO_POS};

use super::operand::Operand;
use super::Checker;
use crate::ast::ExprId;

impl Checker<'_> {
    /// Reports an error at `pos` (or at the inherited constant's position, see `errpos`).
    pub(crate) fn error(&mut self, pos: Pos, message: impl Into<String>) {
        let message = message.into();
        // Like types2: messages mentioning invalid operands or types are follow-on errors.
        let has_error = !self.diags.is_empty();
        if has_error
            && (find_after_start(&message, "invalid operand")
                || find_after_start(&message, "invalid type"))
        {
            return;
        }
        let pos = self.errpos.unwrap_or(pos);
        // Like gc, drop a repetition of the previous message on the same line (package-level
        // `var a, b T` checks `T` once per variable).
        if let Some(last) = self.diags.last() {
            if last.message == message && self.same_line(last.pos, pos) {
                return;
            }
        }
        self.diags.push(Diagnostic::error(pos, message));
    }

    /// Reports an error at the start of expression `e`.
    pub(crate) fn error_at(&mut self, e: ExprId, message: impl Into<String>) {
        let pos = self.start_pos(e);
        self.error(pos, message);
    }

    /// Reports an error at the start of the operand's expression.
    pub(crate) fn error_op(&mut self, x: &Operand, message: impl Into<String>) {
        let pos = x.start_pos(self.ast);
        self.error(pos, message);
    }

    /// Reports a multi-part error: the first part at `pos`, further parts on their own lines
    /// prefixed with their position (when known), as types2's `error_.msg` renders them.
    pub(crate) fn error_parts(&mut self, pos: Pos, parts: &[(Pos, String)]) {
        let mut message = String::new();
        for (i, (part_pos, text)) in parts.iter().enumerate() {
            if i > 0 {
                message.push_str("\n\t");
                if *part_pos != NO_POS {
                    message.push_str(&self.pos_string(*part_pos));
                    message.push_str(": ");
                }
            }
            message.push_str(text);
        }
        self.error(pos, message);
    }

    /// The leftmost position of expression `e` (types2's `syntax.StartPos`).
    pub(crate) fn start_pos(&self, e: ExprId) -> Pos {
        self.ast.expr(e).span.lo
    }

    /// True if two positions are on the same line of the same file.
    fn same_line(&self, a: Pos, b: Pos) -> bool {
        let (a, b) = (self.map.line_col(a), self.map.line_col(b));
        a.file == b.file && a.line == b.line
    }

    /// `file:line:col` of a position, as gc embeds positions in messages.
    pub(crate) fn pos_string(&self, pos: Pos) -> String {
        self.map.line_col(pos).to_string()
    }
}

/// True if `needle` occurs in `haystack` at an index greater than zero (types2 only drops
/// messages that do not start with the phrase).
fn find_after_start(haystack: &str, needle: &str) -> bool {
    matches!(haystack.find(needle), Some(i) if i > 0)
}
