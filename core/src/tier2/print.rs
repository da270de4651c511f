//! `copperhead --trace`: each trace as projected, one micro-op per line (oparg, operand, the
//! tier-1 instruction it came from), in the style of the talk's slides; and the `-X stats`
//! lines for tier 2.

use alloc::format;
use alloc::string::String;

use super::Executor;
use crate::interp::decode::DECODE;
use crate::interp::eval::Regs;
use crate::jit::exec::UopInst;
use crate::runtime::Runtime;
use crate::specialize::uops::Uop;

/// Which trace a listing shows: the loop's own, or a side trace of its executor.
pub struct Heading<'a> {
    pub ex: &'a Executor,
    /// Side traces are numbered from 1 per executor.
    pub side: Option<u32>,
}

/// Writes one trace to stderr (the program's stdout stays its own); `r.ip` is where it
/// starts; `stacks`, when given, is the abstract stack after each micro-op.
pub fn trace(
    rt: &Runtime,
    r: &Regs,
    what: &Heading<'_>,
    uops: &[UopInst],
    stage: &str,
    stacks: Option<&[String]>,
) {
    let ex = what.ex;
    let Some(w) = rt.hooks.get().write_stderr else {
        return;
    };
    let f = unsafe { &*r.frame };
    let (name, file, line) = match rt.code_data(&f.code) {
        Some(cd) => (
            rt.str_of(&cd.qualname).unwrap_or("?"),
            rt.str_of(&cd.filename).unwrap_or("?"),
            cd.firstlineno,
        ),
        None => ("?", "?", 0),
    };
    let mut s = match what.side {
        None => format!(
            "trace {} for {name} ({file}:{line}), loop at offsets {}..{}, {} micro-ops, {stage}\n",
            ex.id,
            2 * r.ip,
            2 * ex.at,
            uops.len(),
        ),
        Some(k) => format!(
            "trace {}.{k} for {name} ({file}:{line}), side trace from offset {} (loop back edge {}), \
             {} micro-ops, {stage}\n",
            ex.id,
            2 * r.ip,
            2 * ex.at,
            uops.len(),
        ),
    };
    s.push_str(&listing(uops, stacks, |i| unsafe { *r.code.add(2 * i) }));
    w(rt, &s);
}

/// The listing: index, micro-op, oparg, operand, and for `_SET_IP` the instruction's name.
/// `byte_at` reads the loop's code; micro-ops inside a called function are indented, and
/// their instructions named from the callee's snapshot (`_PUSH_FRAME_EXACT`'s operand).
pub fn listing(
    uops: &[UopInst],
    stacks: Option<&[String]>,
    byte_at: impl Fn(usize) -> u8,
) -> String {
    let mut s = String::new();
    // The snapshots of the frames the trace went into.
    let mut frames: alloc::vec::Vec<*const u8> = alloc::vec::Vec::new();
    for (n, u) in uops.iter().enumerate() {
        let byte_at = |i: usize| match frames.last() {
            // SAFETY: the operand of a `_PUSH_FRAME_EXACT` of the trace being listed: its
            // callee's snapshot, alive with the trace; `i` is one of its instructions.
            Some(p) => unsafe { *p.add(2 * i) },
            None => byte_at(i),
        };
        let indent = "    ".repeat(frames.len());
        let mut line = format!("  {n:3}  {indent}{:<32}", u.uop.name());
        let shows_arg = u.oparg != 0
            || matches!(
                u.uop,
                Uop::_LOAD_FAST | Uop::_STORE_FAST | Uop::_LOAD_CONST | Uop::_SET_IP
            );
        if shows_arg {
            line.push_str(&format!("{:<6}", u.oparg));
        } else {
            line.push_str("      ");
        }
        match u.uop {
            Uop::_SET_IP => {
                let name = instruction_name(byte_at(u.oparg as usize));
                line.push_str(&format!("  offset {:<4} {name}", 2 * u.oparg));
            }
            Uop::_CHECK_VALIDITY => line.push_str("  (executor valid)"),
            Uop::_EXIT_TRACE => {
                let name = instruction_name(byte_at(u.target as usize));
                line.push_str(&format!("  to offset {} ({name})", 2 * u.target));
            }
            _ => {
                if let Some(st) = stacks.and_then(|s| s.get(n)) {
                    line.push_str(&format!("  {st}"));
                }
                if u.uop == Uop::_PUSH_FRAME_EXACT {
                    let (args, resume) = (u.oparg & 0xff, u.oparg >> 8);
                    line.push_str(&format!(
                        "  ({args} args; the caller resumes at offset {})",
                        2 * resume
                    ));
                }
            }
        }
        s.push_str(line.trim_end());
        s.push('\n');
        if u.uop == Uop::_PUSH_FRAME_EXACT {
            frames.push(u.operand as usize as *const u8);
        } else if u.uop == Uop::_RETURN_VALUE {
            frames.pop();
        }
    }
    s
}

/// The name of the instruction byte `b` (its specialized form's, if it is one).
fn instruction_name(b: u8) -> &'static str {
    let d = &DECODE[b as usize];
    d.spec.map(|s| s.name()).unwrap_or(d.op.name())
}

/// The tier-2 part of `-X stats`.
pub fn stats(rt: &Runtime) -> String {
    let st = &super::state(rt).stats;
    let mut s = format!(
        "tier 2: {} traces built, {} side traces ({} too short), {} executions, {} exits to tier 1, \
         {} errors raised in traces, {} executors invalidated, {} freed as cold\n\
         {} traces through calls, {} frames pushed in traces\n\
         optimizer: {} guards, {} _SET_IP, {} _CHECK_VALIDITY removed\n\
         JIT: {} traces compiled, {} bytes of code; {} traces left to tier 1 (not compilable)\n",
        st.built.get(),
        st.side_traces.get(),
        st.rejected.get(),
        st.executions.get(),
        st.exits.get(),
        st.errors.get(),
        st.invalidations.get(),
        st.cold_freed.get(),
        st.through_calls.get(),
        st.frames_pushed.get(),
        st.guards_removed.get(),
        st.set_ips_removed.get(),
        st.checks_removed.get(),
        st.jit_traces.get(),
        st.jit_bytes.get(),
        st.not_compiled.get(),
    );
    let missing = unsafe { &*st.missing.get() };
    if !missing.is_empty() {
        s.push_str("    micro-ops without a stencil that stopped a trace:");
        for (name, n) in missing {
            s.push_str(&format!(" {name} ({n})"));
        }
        s.push('\n');
    }
    s
}
