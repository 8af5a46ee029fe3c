//! Compile errors: one type for every failure the compiler reports, rendered rustc-style with
//! file, line, column and a caret under the offending source (through `codespan-reporting`).
//!
//! Kinds: syntax errors (from the parser), unsupported constructs (a construct ophis does not
//! compile yet, named), semantic errors CPython also reports at compile time (`nonlocal` at
//! module level, `return` outside a function…), I/O and link failures, and internal compiler
//! errors, which name the pass and ask for a bug report.

use crate::ast::Loc;
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::Buffer};

/// A source file with a line index.
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile { path, text, line_starts }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn loc(&self, offset: usize) -> Loc {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = self.text.get(start..offset).map_or(0, |s| s.chars().count());
        Loc { line: line as u32 + 1, col: col as u32 + 1 }
    }

    /// The byte offset of a position.
    fn offset(&self, loc: Loc) -> usize {
        let line = (loc.line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        let start = self.line_starts[line];
        let rest = &self.text[start..];
        let col = loc.col.max(1) as usize - 1;
        start + rest.char_indices().nth(col).map_or(rest.len(), |(i, _)| i)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    SyntaxError,
    Unsupported,
    /// An error CPython's compiler reports too (e.g. `'return' outside function`).
    Semantic,
    Io,
    /// A bad command line (an unknown target, an unsupported option).
    Usage,
    Link,
    Internal,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub kind: Kind,
    pub message: String,
    pub file: Option<String>,
    pub loc: Option<Loc>,
}

impl Diagnostic {
    pub fn at(kind: Kind, file: &str, loc: Loc, message: impl Into<String>) -> Diagnostic {
        Diagnostic { kind, message: message.into(), file: Some(file.to_string()), loc: Some(loc) }
    }

    /// A construct the compiler does not support yet.
    pub fn unsupported(file: &str, loc: Loc, construct: &str) -> Diagnostic {
        Diagnostic::at(Kind::Unsupported, file, loc, format!("{construct} is not supported by ophis yet"))
    }

    pub fn io(message: impl Into<String>) -> Diagnostic {
        Diagnostic { kind: Kind::Io, message: message.into(), file: None, loc: None }
    }

    pub fn usage(message: impl Into<String>) -> Diagnostic {
        Diagnostic { kind: Kind::Usage, message: message.into(), file: None, loc: None }
    }

    pub fn link(message: impl Into<String>) -> Diagnostic {
        Diagnostic { kind: Kind::Link, message: message.into(), file: None, loc: None }
    }

    /// An internal compiler error in `pass`: a bug in ophis, not in the user's program.
    pub fn internal(pass: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind: Kind::Internal,
            message: format!(
                "internal compiler error in pass `{pass}`: {}\nThis is a bug in ophis; please report it with the program that triggers it.",
                message.into()
            ),
            file: None,
            loc: None,
        }
    }

    fn code(&self) -> &'static str {
        match self.kind {
            Kind::SyntaxError => "syntax",
            Kind::Unsupported => "unsupported",
            Kind::Semantic => "semantic",
            Kind::Io => "io",
            Kind::Usage => "usage",
            Kind::Link => "link",
            Kind::Internal => "ice",
        }
    }

    /// Render for a terminal (no colours), with the source snippet when the file is known.
    pub fn render(&self, source: Option<&SourceFile>) -> String {
        let mut d = CsDiagnostic::error().with_message(&self.message).with_code(self.code());
        let (Some(loc), Some(src)) = (self.loc, source.filter(|s| Some(&s.path) == self.file.as_ref())) else {
            let mut s = format!("error[{}]: {}", self.code(), self.message);
            if let (Some(f), Some(l)) = (&self.file, self.loc) {
                s.push_str(&format!("\n --> {}:{}:{}", f, l.line, l.col));
            }
            s.push('\n');
            return s;
        };
        let start = src.offset(loc);
        let end = src.text[start..].chars().next().map_or(start, |c| start + c.len_utf8());
        d = d.with_labels(vec![Label::primary((), start..end)]);
        let file = SimpleFile::new(src.path.as_str(), src.text.as_str());
        let mut buf = Buffer::no_color();
        let config = term::Config::default();
        if term::emit(&mut buf, &config, &file, &d).is_err() {
            return format!("error[{}]: {} at {}:{}:{}\n", self.code(), self.message, src.path, loc.line, loc.col);
        }
        String::from_utf8_lossy(buf.as_slice()).into_owned()
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(None))
    }
}

pub type CompileResult<T> = Result<T, Diagnostic>;
