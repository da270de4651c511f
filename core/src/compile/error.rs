//! The `SyntaxError` value the front end returns, shaped like CPython's exception attributes.

use alloc::string::String;

/// Which exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython raises MemoryError("Parser stack overflowed - Python source too complex to parse")
    /// when its parser recursion limit is hit; we mirror it for nesting deeper than our own limit.
    MemoryError,
    /// The compiler's own nesting limit (CPython: "maximum recursion depth exceeded during
    /// compilation").
    RecursionError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A rejected program. Fields follow CPython's `SyntaxError` attributes: `lineno`/`end_lineno` are
/// 1-based lines, `offset`/`end_offset` are 1-based *character* columns. CPython uses `None` for
/// absent values (null bytes, encoding problems); those are `None` here too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: Option<i64>,
    pub offset: Option<i64>,
    pub end_lineno: Option<i64>,
    pub end_offset: Option<i64>,
    /// The source line the error is on, with its newline, as CPython's `text` attribute.
    pub text: Option<String>,
}

/// An error before it is located: positions are (line, byte column) pairs, 1-based line and 0-based
/// column, converted to character offsets only once, when the error leaves the front end.
#[derive(Clone, Debug)]
pub(crate) struct RawError {
    pub kind: ErrorKind,
    pub msg: String,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Loc {
    /// No position at all (null bytes).
    None,
    /// lineno 0, offset -1 as CPython reports for encoding declaration problems.
    Encoding,
    /// Start and end as (line, byte col); end col may be "-1"/"0" style sentinels CPython emits.
    Span {
        line: u32,
        col: u32,
        end_line: u32,
        end_col: EndCol,
    },
    /// A literal CPython `offset` (already 1-based characters) with an end.
    Raw {
        line: u32,
        offset: i64,
        end_line: u32,
        end_col: EndCol,
    },
    /// Node-based error whose text CPython leaves as None (symbol table errors).
    SpanNoText {
        line: u32,
        col: u32,
        end_line: u32,
        end_col: u32,
    },
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum EndCol {
    /// A byte column, converted to a character offset.
    Col(u32),
    /// A literal `end_offset` value CPython reports (such as -1 or 0).
    Raw(i64),
}

pub(crate) type PResult<T> = Result<T, RawError>;

pub(crate) fn err(kind: ErrorKind, msg: impl Into<String>, loc: Loc) -> RawError {
    RawError {
        kind,
        msg: msg.into(),
        loc,
    }
}

pub(crate) fn span(line: u32, col: u32, end_line: u32, end_col: u32) -> Loc {
    Loc::Span {
        line,
        col,
        end_line,
        end_col: EndCol::Col(end_col),
    }
}

pub(crate) fn span_raw(line: u32, col: u32, end_line: u32, end_off: i64) -> Loc {
    Loc::Span {
        line,
        col,
        end_line,
        end_col: EndCol::Raw(end_off),
    }
}
