//! The "Did you mean" suggestions CPython 3.11 appends to NameError and AttributeError
//! reports: the closest candidate name by a Levenshtein distance where a case change costs 1
//! and any other edit 2, accepted when at most about a third of the characters change.
//! (Behaviour from CPython's documented rules; our own implementation.)

use alloc::string::String;
use alloc::vec::Vec;

use crate::object::value::Value;
use crate::runtime::Runtime;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
/// Longer names (after trimming the common prefix and suffix) are never compared.
const MAX_STRING_SIZE: usize = 40;
/// Candidate lists at least this long are not searched.
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between `a` and `b`, or anything above `max` once it is certain to exceed it.
fn distance(a: &[u8], b: &[u8], max: usize) -> usize {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    // One row of the classic matrix: row[i] = cost of turning b[..j] into a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut diag = j * MOVE_COST;
        result = diag;
        let mut row_min = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = diag + substitution_cost(bc, ac);
            diag = row[i];
            let insert_delete = result.min(diag) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > max {
            return max + 1;
        }
    }
    result
}

/// The best candidate for `name` among `candidates`, as 3.11 picks it (first best wins).
pub fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

fn str_list(rt: &Runtime, items: &[Value]) -> Vec<String> {
    items
        .iter()
        .filter_map(|v| rt.str_of(v).map(String::from))
        .collect()
}

fn dict_keys(rt: &Runtime, d: &Value) -> Vec<String> {
    match rt.dict_data(d) {
        Some(dd) => str_list(rt, &dd.keys()),
        None => Vec::new(),
    }
}

/// The suggestion for an uncaught NameError or AttributeError, if any.
pub fn for_exception(rt: &Runtime, exc: &Value) -> Option<String> {
    let x = rt.exc();
    let is_name = rt.isinstance_type(exc, x.name_error);
    let is_attr = rt.isinstance_type(exc, x.attribute_error);
    if !is_name && !is_attr {
        return None;
    }
    let name = rt.getattr_opt(exc, "name").ok()??;
    let name = String::from(rt.str_of(&name)?);
    if is_attr {
        let obj = rt.getattr_opt(exc, "obj").ok()??;
        let dir =
            crate::builtins::namespace::dir(rt, crate::object::args::Args::positional(&[obj]));
        let dir = rt.collect(&dir.ok()?).ok()?;
        return best_match(&name, &str_list(rt, &dir));
    }
    // NameError: the innermost frame's local variables, then its globals, then the builtins.
    let mut tb = rt.exception_traceback(exc)?;
    while let Some(next) = super::traceback::tb_data(rt, &tb).and_then(|d| d.next.clone()) {
        tb = next;
    }
    let d = super::traceback::tb_data(rt, &tb)?;
    let cd = rt.code_data(&d.code)?;
    let locals = str_list(rt, rt.tuple_items(&cd.varnames).unwrap_or(&[]));
    if let Some(s) = best_match(&name, &locals) {
        return Some(s);
    }
    if let Some(g) = &d.globals {
        if let Some(s) = best_match(&name, &dict_keys(rt, g)) {
            return Some(s);
        }
        let b = rt
            .dict_data(g)
            .and_then(|gd| gd.get_str(rt, "__builtins__"));
        let b = match b {
            Some(b) => rt.module_dict(&b).unwrap_or(b),
            None => rt.interp.builtins_dict()?,
        };
        return best_match(&name, &dict_keys(rt, &b));
    }
    best_match(&name, &dict_keys(rt, &rt.interp.builtins_dict()?))
}

/// A failed attribute lookup: records `name` and `obj` on an AttributeError that lacks them
/// (as CPython's attribute lookup does), for the suggestion.
#[cold]
pub fn attr_context(
    rt: &Runtime,
    e: crate::object::error::PyErr,
    obj: &Value,
    name: &Value,
) -> crate::object::error::PyErr {
    if rt.err_matches(&e, rt.exc().attribute_error)
        && rt
            .getattr_opt(e.value(), "name")
            .ok()
            .flatten()
            .is_none_or(|n| rt.is_none(&n))
    {
        let _ = rt.setattr(e.value(), &rt.intern("name"), Some(name));
        let _ = rt.setattr(e.value(), &rt.intern("obj"), Some(obj));
    }
    e
}
