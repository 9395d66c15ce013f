//! Source positions and diagnostics shared by every phase.
//!
//! All files of one compilation are concatenated into a single offset space: a [`Pos`] is a byte
//! offset into that space, so one `u32` identifies the file, line and column of any token. The
//! [`SourceMap`] turns a `Pos` back into `file:line:col` the way gc prints it (1-based line, 1-based
//! byte column). Core crates never print: they return [`Diagnostic`]s and the driver renders them.

use std::fmt;

/// A byte offset into the [`SourceMap`]'s concatenated offset space.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos(pub u32);

/// Marker for "no position" (synthesised code); sorts after every real position.
pub const NO_POS: Pos = Pos(u32::MAX);

/// A half-open byte range `[lo, hi)` in the offset space.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub lo: Pos,
    /// One past the last byte.
    pub hi: Pos,
}

impl Span {
    /// A span covering `lo..hi`.
    pub fn new(lo: Pos, hi: Pos) -> Span {
        Span { lo, hi }
    }
}

/// One source file registered in a [`SourceMap`].
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as the user should see it in messages (gc style, e.g. `./x.go`).
    pub display_name: String,
    /// The file contents.
    pub text: String,
    /// Offset of the file's first byte in the offset space.
    pub base: u32,
    /// Offsets (relative to `base`) of the first byte of every line.
    line_starts: Vec<u32>,
}

/// A resolved position: file, 1-based line and 1-based byte column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol<'a> {
    /// The file's display name.
    pub file: &'a str,
    /// 1-based line.
    pub line: u32,
    /// 1-based byte column.
    pub col: u32,
}

impl fmt::Display for LineCol<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// Every file of a compilation, in one offset space.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileId(pub u32);

impl SourceMap {
    /// An empty map.
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Registers a file and returns its id; its offsets follow the previous file's (plus one gap byte).
    pub fn add_file(&mut self, display_name: String, text: String) -> FileId {
        let base = self
            .files
            .last()
            .map_or(0, |f| f.base + f.text.len() as u32 + 1);
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        self.files.push(SourceFile {
            display_name,
            text,
            base,
            line_starts,
        });
        FileId(self.files.len() as u32 - 1)
    }

    /// The file with this id.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// All files, in registration order.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The file containing `pos`, if any.
    pub fn file_of(&self, pos: Pos) -> Option<FileId> {
        if pos == NO_POS {
            return None;
        }
        let idx = self.files.partition_point(|f| f.base <= pos.0);
        if idx == 0 {
            None
        } else {
            Some(FileId(idx as u32 - 1))
        }
    }

    /// Resolves `pos` to file, line and column (`?:0:0` for [`NO_POS`]).
    pub fn line_col(&self, pos: Pos) -> LineCol<'_> {
        let Some(id) = self.file_of(pos) else {
            return LineCol {
                file: "?",
                line: 0,
                col: 0,
            };
        };
        let file = self.file(id);
        let rel = pos.0 - file.base;
        let line = file.line_starts.partition_point(|&s| s <= rel);
        let col = rel - file.line_starts[line - 1] + 1;
        LineCol {
            file: &file.display_name,
            line: line as u32,
            col,
        }
    }

    /// The source text covered by `span` (empty if it crosses files or is synthetic).
    pub fn snippet(&self, span: Span) -> &str {
        match self.file_of(span.lo) {
            Some(id) => {
                let f = self.file(id);
                let lo = (span.lo.0 - f.base) as usize;
                let hi = (span.hi.0.saturating_sub(f.base) as usize).min(f.text.len());
                f.text.get(lo..hi.max(lo)).unwrap_or("")
            }
            None => "",
        }
    }
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// A compile error: no executable is written and the exit status is 1.
    Error,
    /// An informational `-m` line (escape or inlining decision).
    Note,
}

/// One message tied to a source position, rendered by the driver as `file:line:col: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the message points.
    pub pos: Pos,
    /// Error or note.
    pub severity: Severity,
    /// The message text, in gc's words.
    pub message: String,
}

impl Diagnostic {
    /// A compile error at `pos`.
    pub fn error(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    /// An informational note at `pos`.
    pub fn note(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            severity: Severity::Note,
            message: message.into(),
        }
    }

    /// Renders the diagnostic as gc does: `./x.go:8:9: message`.
    pub fn render(&self, map: &SourceMap) -> String {
        format!("{}: {}", map.line_col(self.pos), self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_bytes() {
        let mut map = SourceMap::new();
        map.add_file("./a.go".into(), "package a\n\nvar x = 1\n".into());
        let b = map.add_file("./b.go".into(), "package a\nfunc f() {}\n".into());
        assert_eq!(map.line_col(Pos(0)).to_string(), "./a.go:1:1");
        assert_eq!(map.line_col(Pos(15)).to_string(), "./a.go:3:5");
        let base = map.file(b).base;
        assert_eq!(map.line_col(Pos(base + 15)).to_string(), "./b.go:2:6");
        assert_eq!(map.snippet(Span::new(Pos(15), Pos(16))), "x");
    }
}
