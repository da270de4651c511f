//! Binding call arguments to a function's parameters (localsplus), with CPython's messages.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::object::code::{CodeData, co_flags};
use crate::object::error::PyResult;
use crate::object::function::FunctionData;
use crate::object::value::Value;
use crate::runtime::Runtime;

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
fn name_list(names: &[&str]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        n => {
            let mut s = String::new();
            for (i, x) in names.iter().enumerate() {
                if i == n - 1 {
                    s.push_str(&format!("and '{x}'"));
                } else {
                    s.push_str(&format!("'{x}', "));
                }
            }
            s
        }
    }
}

/// Fills localsplus slots `lp[0..]` from vectorcall arguments: `all` holds the positional
/// arguments then the keyword values named by `kwnames`. Slots must start empty.
pub(crate) fn bind(
    rt: &Runtime,
    func: &FunctionData,
    cd: &CodeData,
    all: &[Value],
    kwnames: &[Value],
    lp: *mut Option<Value>,
) -> PyResult<()> {
    let slot = |i: usize| unsafe { &mut *lp.add(i) };
    let argcount = cd.argcount as usize;
    let posonly = cd.posonlyargcount as usize;
    let kwonly = cd.kwonlyargcount as usize;
    let total = argcount + kwonly;
    let has_varargs = cd.flags & co_flags::VARARGS != 0;
    let has_varkw = cd.flags & co_flags::VARKEYWORDS != 0;
    let nargs = all.len() - kwnames.len();
    let varnames = rt.tuple_items(&cd.varnames).unwrap_or(&[]);
    let pname = |i: usize| varnames.get(i).and_then(|v| rt.str_of(v)).unwrap_or("?");
    // CPython names the function by its (assignable) `__qualname__`, not the code's.
    let qualname = || {
        // SAFETY: the function's qualname is only replaced between calls.
        let q = unsafe { &*func.qualname.get() };
        rt.str_of(q)
            .or_else(|| rt.str_of(&cd.qualname))
            .unwrap_or("?")
    };

    // Fast path: exactly the positional parameters.
    if nargs == argcount && kwnames.is_empty() && kwonly == 0 && !has_varargs && !has_varkw {
        for (i, v) in all.iter().enumerate() {
            *slot(i) = Some(v.clone());
        }
        return Ok(());
    }

    let kwdict = if has_varkw {
        let d = rt.new_dict()?;
        *slot(total + usize::from(has_varargs)) = Some(d.clone());
        Some(d)
    } else {
        None
    };
    for (i, v) in all[..nargs.min(argcount)].iter().enumerate() {
        *slot(i) = Some(v.clone());
    }
    if has_varargs {
        let extra = if nargs > argcount {
            all[argcount..nargs].to_vec()
        } else {
            Vec::new()
        };
        *slot(total) = Some(rt.new_tuple(extra)?);
    }
    for (name, v) in kwnames.iter().zip(&all[nargs..]) {
        let n = rt.str_of(name).unwrap_or("");
        match (posonly..total).find(|&i| pname(i) == n) {
            Some(i) => {
                if slot(i).is_some() {
                    return Err(rt.type_error(format!(
                        "{}() got multiple values for argument '{n}'",
                        qualname()
                    )));
                }
                *slot(i) = Some(v.clone());
            }
            None => {
                if let Some(d) = &kwdict {
                    if rt.str_of(name).is_none() {
                        return Err(
                            rt.type_error(format!("{}() keywords must be strings", qualname()))
                        );
                    }
                    rt.dict_data(d).ok_or_else(|| rt.memory_error())?.set(
                        rt,
                        name.clone(),
                        v.clone(),
                    )?;
                    continue;
                }
                let passed: Vec<&str> = kwnames
                    .iter()
                    .filter_map(|k| rt.str_of(k))
                    .filter(|k| (0..posonly).any(|i| pname(i) == *k))
                    .collect();
                if !passed.is_empty() {
                    return Err(rt.type_error(format!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                        qualname(),
                        passed.join(", ")
                    )));
                }
                return Err(rt.type_error(format!(
                    "{}() got an unexpected keyword argument '{n}'",
                    qualname()
                )));
            }
        }
    }
    let defaults = func.defaults();
    let defaults = rt.tuple_items(&defaults).unwrap_or(&[]);
    if nargs > argcount && !has_varargs {
        let kw_given = (argcount..total).filter(|&i| slot(i).is_some()).count();
        let ndef = defaults.len().min(argcount);
        let sig = if ndef > 0 {
            format!("from {} to {}", argcount - ndef, argcount)
        } else {
            format!("{argcount}")
        };
        let given = if kw_given > 0 {
            format!(
                "{nargs} positional argument{} (and {kw_given} keyword-only argument{})",
                plural(nargs),
                plural(kw_given)
            )
        } else {
            format!("{nargs}")
        };
        let verb = if nargs == 1 && kw_given == 0 {
            "was"
        } else {
            "were"
        };
        return Err(rt.type_error(format!(
            "{}() takes {sig} positional argument{} but {given} {verb} given",
            qualname(),
            plural(argcount)
        )));
    }
    // Defaults for missing positional parameters.
    let first_default = argcount.saturating_sub(defaults.len());
    let mut missing: Vec<&str> = Vec::new();
    for i in nargs.min(argcount)..argcount {
        if slot(i).is_none() {
            if i >= first_default {
                *slot(i) = Some(defaults[i - first_default].clone());
            } else {
                missing.push(pname(i));
            }
        }
    }
    if !missing.is_empty() {
        return Err(rt.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname(),
            missing.len(),
            plural(missing.len()),
            name_list(&missing)
        )));
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults();
        let kd = rt.dict_data(&kwdefaults);
        for i in argcount..total {
            if slot(i).is_none() {
                match kd.and_then(|d| d.get_str(rt, pname(i))) {
                    Some(v) => *slot(i) = Some(v),
                    None => missing.push(pname(i)),
                }
            }
        }
        if !missing.is_empty() {
            return Err(rt.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname(),
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
    }
    Ok(())
}

/// The name of localsplus slot `i` (for error messages).
pub fn localsplus_name(rt: &Runtime, cd: &CodeData, i: usize) -> String {
    let vars = rt.tuple_items(&cd.varnames).unwrap_or(&[]);
    if let Some(v) = vars.get(i) {
        return rt.str_of(v).unwrap_or("?").into();
    }
    let cells: Vec<&Value> = rt
        .tuple_items(&cd.cellvars)
        .unwrap_or(&[])
        .iter()
        .filter(|c| !vars.iter().any(|v| rt.str_of(v) == rt.str_of(c)))
        .collect();
    let j = i - vars.len();
    if let Some(c) = cells.get(j) {
        return rt.str_of(c).unwrap_or("?").into();
    }
    let frees = rt.tuple_items(&cd.freevars).unwrap_or(&[]);
    frees
        .get(j - cells.len())
        .and_then(|v| rt.str_of(v))
        .unwrap_or("?")
        .into()
}
