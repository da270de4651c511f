//! The exception table and the location table, in CPython 3.11+'s byte formats.
//!
//! Exception table: one entry per protected range; each of start, length, target and
//! `depth << 1 | lasti` is a varint of 6-bit big-endian chunks (bit 6 = more follows); the first
//! byte of an entry has bit 7 set. All offsets are in code units.
//!
//! Location table: a run of entries, each covering 1..=8 code units. The first byte is
//! `0x80 | code << 3 | (units - 1)`; `code` selects the form:
//! 0..=9 short (same line; column `code*8 + hi nibble`, end column + lo nibble), 10..=12 one line
//! (line delta `code - 10`; then column and end-column bytes), 13 no column (signed varint line
//! delta), 14 long (signed line delta, end-line delta, column + 1, end column + 1 as varints),
//! 15 no location. Line deltas are relative to the previous entry's line, starting from
//! co_firstlineno. Varints here are little-endian 6-bit chunks; signed ones are zigzag-like
//! (`v << 1 | sign`).

use super::code::{ExceptionEntry, Location};
use alloc::vec::Vec;

fn write_be_varint(out: &mut Vec<u8>, v: u32, first: bool) {
    let mut shift = 0;
    while shift + 6 < 32 && v >> (shift + 6) != 0 {
        shift += 6;
    }
    let mut flag = if first { 0x80 } else { 0 };
    loop {
        let chunk = ((v >> shift) & 0x3f) as u8;
        let more = if shift > 0 { 0x40 } else { 0 };
        out.push(chunk | more | flag);
        flag = 0;
        if shift == 0 {
            break;
        }
        shift -= 6;
    }
}

pub fn encode_exception_table(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        write_be_varint(&mut out, e.start, true);
        write_be_varint(&mut out, e.end - e.start, false);
        write_be_varint(&mut out, e.target, false);
        write_be_varint(&mut out, e.depth << 1 | u32::from(e.lasti), false);
    }
    out
}

fn read_be_varint(b: &[u8], i: &mut usize) -> Option<u32> {
    let mut v: u32 = 0;
    loop {
        let byte = *b.get(*i)?;
        *i += 1;
        v = v.checked_shl(6)? | u32::from(byte & 0x3f);
        if byte & 0x40 == 0 {
            return Some(v);
        }
    }
}

/// Decodes an exception table; None if it is malformed.
pub fn decode_exception_table(b: &[u8]) -> Option<Vec<ExceptionEntry>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] & 0x80 == 0 {
            return None;
        }
        let start = read_be_varint(b, &mut i)?;
        let len = read_be_varint(b, &mut i)?;
        let target = read_be_varint(b, &mut i)?;
        let dl = read_be_varint(b, &mut i)?;
        out.push(ExceptionEntry {
            start,
            end: start.checked_add(len)?,
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    Some(out)
}

fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 64 {
        out.push(0x40 | (v & 0x3f) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

fn write_svarint(out: &mut Vec<u8>, v: i32) {
    let u = if v < 0 {
        (v.unsigned_abs() << 1) | 1
    } else {
        (v as u32) << 1
    };
    write_varint(out, u);
}

/// Encodes (location, size in code units) pairs.
pub fn encode_locations(first_line: i32, items: &[(Location, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev = first_line;
    for &(loc, size) in items {
        let mut left = size;
        while left > 0 {
            let n = left.min(8);
            left -= n;
            let len_bits = (n - 1) as u8;
            if loc.line < 0 {
                out.push(0x80 | 15 << 3 | len_bits);
                continue;
            }
            let delta = loc.line - prev;
            let one_line = loc.end_line == loc.line;
            if loc.col < 0 || loc.end_col < 0 {
                out.push(0x80 | 13 << 3 | len_bits);
                write_svarint(&mut out, delta);
            } else if one_line
                && delta == 0
                && loc.col < 80
                && loc.end_col >= loc.col
                && loc.end_col - loc.col < 16
            {
                let code = (loc.col / 8) as u8;
                out.push(0x80 | code << 3 | len_bits);
                out.push(((loc.col % 8) as u8) << 4 | (loc.end_col - loc.col) as u8);
            } else if one_line && (0..3).contains(&delta) && loc.col < 128 && loc.end_col < 128 {
                out.push(0x80 | (10 + delta as u8) << 3 | len_bits);
                out.push(loc.col as u8);
                out.push(loc.end_col as u8);
            } else {
                out.push(0x80 | 14 << 3 | len_bits);
                write_svarint(&mut out, delta);
                write_varint(&mut out, (loc.end_line - loc.line).max(0) as u32);
                write_varint(&mut out, (loc.col + 1) as u32);
                write_varint(&mut out, (loc.end_col + 1) as u32);
            }
            prev = loc.line;
        }
    }
    out
}

fn read_varint(b: &[u8], i: &mut usize) -> Option<u32> {
    let mut v: u32 = 0;
    let mut shift = 0;
    loop {
        let byte = *b.get(*i)?;
        *i += 1;
        v |= u32::from(byte & 0x3f).checked_shl(shift)?;
        if byte & 0x40 == 0 {
            return Some(v);
        }
        shift += 6;
    }
}

fn read_svarint(b: &[u8], i: &mut usize) -> Option<i32> {
    let u = read_varint(b, i)?;
    let mag = (u >> 1) as i32;
    Some(if u & 1 != 0 { -mag } else { mag })
}

/// Decodes a location table into one location per code unit.
pub fn decode_locations(first_line: i32, b: &[u8]) -> Option<Vec<Location>> {
    let mut out = Vec::new();
    let mut line = first_line;
    let mut i = 0;
    while i < b.len() {
        let head = b[i];
        i += 1;
        if head & 0x80 == 0 {
            return None;
        }
        let code = (head >> 3) & 15;
        let n = (head & 7) as usize + 1;
        let loc = match code {
            15 => Location::NONE,
            13 => {
                line += read_svarint(b, &mut i)?;
                Location {
                    line,
                    end_line: line,
                    col: -1,
                    end_col: -1,
                }
            }
            14 => {
                line += read_svarint(b, &mut i)?;
                let end_line = line + read_varint(b, &mut i)? as i32;
                let col = read_varint(b, &mut i)? as i32 - 1;
                let end_col = read_varint(b, &mut i)? as i32 - 1;
                Location {
                    line,
                    end_line,
                    col,
                    end_col,
                }
            }
            10..=12 => {
                line += i32::from(code - 10);
                let col = i32::from(*b.get(i)?);
                let end_col = i32::from(*b.get(i + 1)?);
                i += 2;
                Location {
                    line,
                    end_line: line,
                    col,
                    end_col,
                }
            }
            _ => {
                let second = *b.get(i)?;
                i += 1;
                let col = i32::from(code) * 8 + i32::from(second >> 4);
                Location {
                    line,
                    end_line: line,
                    col,
                    end_col: col + i32::from(second & 15),
                }
            }
        };
        out.extend(core::iter::repeat_n(loc, n));
    }
    Some(out)
}
