//! Turning the bytes of a source file into the text the tokenizer reads: BOM, coding cookie,
//! newline translation, and the null-byte check, as CPython's `compile()` does for bytes input.
//!
//! UTF-8 validity is *not* checked here: CPython only complains about bad UTF-8 inside tokens (a
//! comment may hold any bytes), so the tokenizer validates each token as it slices it out.

use super::error::{ErrorKind, Loc, RawError, err};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Decoded source: UTF-8 text (possibly invalid inside comments), `\n` line endings only.
pub(crate) struct Source {
    pub text: Vec<u8>,
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    pub line_starts: Vec<u32>,
}

impl Source {
    /// 1-based line and 0-based byte column of a byte offset.
    pub fn line_col(&self, off: u32) -> (u32, u32) {
        let idx = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (idx as u32 + 1, off - self.line_starts[idx])
    }

    /// The bytes of a 1-based line without its newline.
    pub fn line_bytes(&self, line: u32) -> &[u8] {
        let i = (line as usize).saturating_sub(1);
        let Some(&s) = self.line_starts.get(i) else {
            return &[];
        };
        let e = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize - 1)
            .unwrap_or(self.text.len());
        let s = s as usize;
        if s > e { &[] } else { &self.text[s..e] }
    }
}

/// Which text encodings a coding cookie may name. Others are refused, as CPython refuses
/// encodings it does not know.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    Table(&'static [u16; 128]),
}

fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let pre = |p: &str| lower == p || lower.starts_with(&format!("{p}-"));
    if pre("utf-8") {
        "utf-8".into()
    } else if pre("latin-1") || pre("iso-8859-1") || pre("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.into()
    }
}

fn lookup(normal: &str) -> Option<Encoding> {
    let l: String = normal
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .filter(|&c| c != '-' && c != '_')
        .collect();
    match l.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => Some(Encoding::Utf8),
        "iso88591" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "iso8859" => {
            Some(Encoding::Latin1)
        }
        "ascii" | "usascii" | "646" => Some(Encoding::Ascii),
        other => super::codepages::table(other).map(Encoding::Table),
    }
}

/// Finds `coding[:=]name` in a comment line, per PEP 263.
fn cookie(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let rest = &line[i..];
    let mut j = 0;
    while j + 6 <= rest.len() {
        if &rest[j..j + 6] == b"coding" && matches!(rest.get(j + 6), Some(b':' | b'=')) {
            let mut k = j + 7;
            while k < rest.len() && matches!(rest[k], b' ' | b'\t') {
                k += 1;
            }
            let s = k;
            while k < rest.len()
                && (rest[k].is_ascii_alphanumeric() || matches!(rest[k], b'-' | b'_' | b'.'))
            {
                k += 1;
            }
            if k > s {
                return Some(String::from_utf8_lossy(&rest[s..k]).into_owned());
            }
        }
        j += 1;
    }
    None
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    for &b in line {
        match b {
            b' ' | b'\t' | b'\x0c' => {}
            b'#' | b'\n' | b'\r' => return true,
            _ => return false,
        }
    }
    true
}

fn split_line(src: &[u8], from: usize) -> (&[u8], usize) {
    let mut i = from;
    while i < src.len() && src[i] != b'\n' && src[i] != b'\r' {
        i += 1;
    }
    let line = &src[from..i];
    if i < src.len() {
        if src[i] == b'\r' && src.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        i += 1;
    }
    (line, i)
}

pub(crate) fn decode(input: &[u8]) -> Result<Source, RawError> {
    if input.contains(&0) {
        return Err(err(
            ErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
            Loc::None,
        ));
    }
    let (bom, body) = match input.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let (l1, next) = split_line(body, 0);
    let mut name = cookie(l1);
    if name.is_none() && is_blank_or_comment(l1) && next < body.len() {
        name = cookie(split_line(body, next).0);
    }
    let mut enc = Encoding::Utf8;
    if let Some(n) = name {
        let normal = normal_name(&n);
        match lookup(&normal) {
            Some(e) => {
                if bom && normal != "utf-8" {
                    return Err(err(
                        ErrorKind::SyntaxError,
                        format!("encoding problem: {normal} with BOM"),
                        Loc::Encoding,
                    ));
                }
                enc = e;
            }
            None => {
                return Err(err(
                    ErrorKind::SyntaxError,
                    format!("unknown encoding: {n}"),
                    Loc::Encoding,
                ));
            }
        }
    }
    let mut text = Vec::with_capacity(body.len() + 1);
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        match b {
            b'\r' => {
                text.push(b'\n');
                if body.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
            0x80..=0xff if enc == Encoding::Latin1 => {
                let c = b as char;
                let mut buf = [0u8; 4];
                text.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            0x80..=0xff if matches!(enc, Encoding::Table(_)) => {
                let Encoding::Table(t) = enc else { continue };
                let c = char::from_u32(t[b as usize - 0x80] as u32).unwrap_or('\u{fffd}');
                let mut buf = [0u8; 4];
                text.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            _ => text.push(b),
        }
        i += 1;
    }
    let mut line_starts = Vec::new();
    line_starts.push(0u32);
    for (i, &b) in text.iter().enumerate() {
        if b == b'\n' && i + 1 < text.len() {
            line_starts.push(i as u32 + 1);
        }
    }
    if text.len() > u32::MAX as usize / 2 {
        return Err(err(ErrorKind::MemoryError, "source too large", Loc::None));
    }
    Ok(Source { text, line_starts })
}
