//! A bytecode verifier: checks the invariants the interpreter relies on, independently of how
//! the code was produced. Every opcode is known; opargs index existing consts / names / locals;
//! jump and handler targets are instruction starts; along every path (including exception
//! edges) the stack depth is the same at each instruction, never negative and never above
//! co_stacksize; the location table covers every code unit.

use super::code::{CodeUnit, Const};
use super::opcode::{self, Opcode};
use super::tables;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// Verifies `code` and every nested code object.
pub fn verify(code: &CodeUnit) -> Result<(), String> {
    verify_one(code).map_err(|e| format!("{} (line {}): {e}", code.qualname, code.firstlineno))?;
    for c in &code.consts {
        if let Const::Code(c) = c {
            verify(c)?;
        }
    }
    Ok(())
}

fn verify_one(code: &CodeUnit) -> Result<(), String> {
    let n = code.code.len();
    let instrs = code.instructions();
    let mut covered = 0usize;
    let mut index_at = vec![usize::MAX; n + 1];
    for (k, ins) in instrs.iter().enumerate() {
        if ins.start as usize != covered {
            return Err(format!("bad instruction stream at {}", covered));
        }
        covered = ins.next() as usize;
        index_at[ins.start as usize] = k;
    }
    if covered != n {
        return Err(format!("code ends mid-instruction ({covered} != {n})"));
    }
    let nlocals = code.localsplusnames.len() as u32;
    for ins in &instrs {
        let a = ins.arg;
        let f = ins.op.flags();
        let ok = match ins.op {
            Opcode::LOAD_CONST | Opcode::RETURN_CONST => (a as usize) < code.consts.len(),
            Opcode::LOAD_GLOBAL | Opcode::LOAD_ATTR => ((a >> 1) as usize) < code.names.len(),
            Opcode::LOAD_SUPER_ATTR => ((a >> 2) as usize) < code.names.len(),
            Opcode::LOAD_FAST_LOAD_FAST
            | Opcode::STORE_FAST_STORE_FAST
            | Opcode::STORE_FAST_LOAD_FAST => (a >> 4) < nlocals && (a & 15) < nlocals,
            _ if f & opcode::HAS_NAME != 0 => (a as usize) < code.names.len(),
            _ if f & (opcode::HAS_LOCAL | opcode::HAS_FREE) != 0 => a < nlocals,
            _ => true,
        };
        if !ok {
            return Err(format!(
                "oparg {a} out of range for {} at {}",
                ins.op.name(),
                ins.offset
            ));
        }
        if let Some(t) = ins.jump_target()
            && (t as usize >= n || index_at[t as usize] == usize::MAX)
        {
            {
                return Err(format!(
                    "jump to {t} from {} is not an instruction",
                    ins.offset
                ));
            }
        }
    }
    let exc = tables::decode_exception_table(&code.exceptiontable)
        .ok_or_else(|| String::from("malformed exception table"))?;
    let mut prev_end = 0;
    for e in &exc {
        if e.start >= e.end || e.end as usize > n || e.start < prev_end {
            return Err(format!("bad exception range {}..{}", e.start, e.end));
        }
        prev_end = e.end;
        if e.target as usize >= n || index_at[e.target as usize] == usize::MAX {
            return Err(format!("bad handler target {}", e.target));
        }
        if e.depth > code.stacksize {
            return Err(format!("handler depth {} above stacksize", e.depth));
        }
    }
    let locs = tables::decode_locations(code.firstlineno as i32, &code.linetable)
        .ok_or_else(|| String::from("malformed location table"))?;
    if locs.len() != n {
        return Err(format!("location table covers {} of {n} units", locs.len()));
    }
    // Stack depth along every path.
    let mut depth: Vec<Option<i32>> = vec![None; instrs.len()];
    let mut work: Vec<usize> = Vec::new();
    let max = code.stacksize as i32;
    let set = |depth: &mut Vec<Option<i32>>,
               work: &mut Vec<usize>,
               k: usize,
               d: i32,
               from: u32|
     -> Result<(), String> {
        if d < 0 || d > max {
            return Err(format!(
                "stack depth {d} out of 0..={max} reaching instruction {k} from {from}"
            ));
        }
        match depth[k] {
            None => {
                depth[k] = Some(d);
                work.push(k);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!(
                "inconsistent stack depth at offset {} ({old} vs {d} from {from})",
                instrs[k].offset
            )),
        }
    };
    if instrs.is_empty() {
        return Ok(());
    }
    set(&mut depth, &mut work, 0, 0, 0)?;
    while let Some(k) = work.pop() {
        let ins = instrs[k];
        let d = depth[k].unwrap_or(0);
        for e in &exc {
            if (e.start..e.end).contains(&ins.offset) {
                let hk = index_at[e.target as usize];
                set(
                    &mut depth,
                    &mut work,
                    hk,
                    e.depth as i32 + 1 + i32::from(e.lasti),
                    ins.offset,
                )?;
                break;
            }
        }
        if let Some(t) = ins.jump_target() {
            let jd = d + ins.op.stack_effect(ins.arg, true);
            set(&mut depth, &mut work, index_at[t as usize], jd, ins.offset)?;
        }
        if !ins.op.no_fallthrough() {
            let nd = d + ins.op.stack_effect(ins.arg, false);
            if nd < 0 || nd > max {
                return Err(format!(
                    "stack depth {nd} after {} at {}",
                    ins.op.name(),
                    ins.offset
                ));
            }
            if k + 1 < instrs.len() {
                set(&mut depth, &mut work, k + 1, nd, ins.offset)?;
            } else {
                return Err(String::from("control falls off the end of the code"));
            }
        }
    }
    Ok(())
}
