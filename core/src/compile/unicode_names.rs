//! `\N{...}` names: CPython's aliases (`LF`, `BOM`, ... ) from the small table below, every
//! standard character name from `unicode_names2` (a well-kept crate whose compressed tables are
//! far smaller than a table of our own would be). Names are case-insensitive, as in CPython.

pub(crate) fn lookup(name: &str) -> Option<char> {
    alias(name).or_else(|| unicode_names2::character(name))
}

fn alias(name: &str) -> Option<char> {
    let mut upper = [0u8; 64];
    let n = name.len().min(64);
    for (d, s) in upper.iter_mut().zip(name.bytes()) {
        *d = s.to_ascii_uppercase();
    }
    let key = core::str::from_utf8(&upper[..n]).unwrap_or("");
    TABLE.iter().find(|(k, _)| *k == key).map(|&(_, c)| c)
}

static TABLE: &[(&str, char)] = &[
    ("SPACE", ' '),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("EM DASH", '\u{2014}'),
    ("EN DASH", '\u{2013}'),
    ("BULLET", '\u{2022}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{ab}'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{bb}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
    ("GREEK SMALL LETTER BETA", '\u{3b2}'),
    ("GREEK SMALL LETTER PI", '\u{3c0}'),
    ("GREEK CAPITAL LETTER DELTA", '\u{394}'),
    ("LATIN SMALL LETTER A WITH DIAERESIS", '\u{e4}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("LATIN SMALL LETTER SHARP S", '\u{df}'),
    ("EURO SIGN", '\u{20ac}'),
    ("POUND SIGN", '\u{a3}'),
    ("YEN SIGN", '\u{a5}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("REGISTERED SIGN", '\u{ae}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("MICRO SIGN", '\u{b5}'),
    ("MULTIPLICATION SIGN", '\u{d7}'),
    ("DIVISION SIGN", '\u{f7}'),
    ("ZERO WIDTH SPACE", '\u{200b}'),
    ("ZERO WIDTH JOINER", '\u{200d}'),
    ("ZERO WIDTH NON-JOINER", '\u{200c}'),
    ("BYTE ORDER MARK", '\u{feff}'),
    ("ZERO WIDTH NO-BREAK SPACE", '\u{feff}'),
    ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ("LINE SEPARATOR", '\u{2028}'),
    ("PARAGRAPH SEPARATOR", '\u{2029}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK STAR", '\u{2605}'),
    ("CHECK MARK", '\u{2713}'),
    ("INFINITY", '\u{221e}'),
    ("GRINNING FACE", '\u{1f600}'),
    ("PILE OF POO", '\u{1f4a9}'),
    ("NULL", '\0'),
    ("LINE FEED", '\n'),
    ("CARRIAGE RETURN", '\r'),
    ("CHARACTER TABULATION", '\t'),
    ("ESCAPE", '\x1b'),
    ("DELETE", '\x7f'),
    ("LATIN CAPITAL LETTER A", 'A'),
    ("LATIN SMALL LETTER A", 'a'),
    ("DIGIT ZERO", '0'),
    ("FULL STOP", '.'),
    ("COMMA", ','),
    ("HYPHEN-MINUS", '-'),
    ("LOW LINE", '_'),
    ("SOLIDUS", '/'),
    ("REVERSE SOLIDUS", '\\'),
    ("QUOTATION MARK", '"'),
    ("APOSTROPHE", '\''),
    ("NUMBER SIGN", '#'),
    ("LEFT CURLY BRACKET", '{'),
    ("RIGHT CURLY BRACKET", '}'),
];
