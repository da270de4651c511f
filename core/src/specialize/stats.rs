//! `-X stats`: per specialized form, executions and misses; per family, specialization
//! successes and failures by reason; printed at exit like CPython's pystats summary.
//!
//! Counting costs one predictable branch per specialized instruction when off (the stats
//! table is only allocated with `-X stats`).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::table::SpecOp;

pub struct Stats {
    /// By opcode byte: executions of the specialized form.
    pub execs: [u64; 256],
    /// By opcode byte: executions that missed a guard and ran the generic instruction.
    pub misses: [u64; 256],
    /// By opcode byte: times the form went back to the adaptive generic one (too many misses).
    pub deopts: [u64; 256],
    /// By family (generic opcode byte): successful specializations.
    pub success: [u64; 256],
    /// (family byte, reason, count).
    pub failures: Vec<(u8, &'static str, u64)>,
}

impl Stats {
    pub fn new() -> Box<Stats> {
        Box::new(Stats {
            execs: [0; 256],
            misses: [0; 256],
            deopts: [0; 256],
            success: [0; 256],
            failures: Vec::new(),
        })
    }

    pub fn fail(&mut self, family: u8, reason: &'static str) {
        for f in &mut self.failures {
            if f.0 == family && f.1 == reason {
                f.2 += 1;
                return;
            }
        }
        self.failures.push((family, reason, 1));
    }

    /// The summary text: one block per family that specialized or tried to.
    pub fn report(&self) -> String {
        let mut out = String::from("Specialization stats (executions, hits, misses, deopts)\n");
        for fam in crate::bytecode::opcode::ALL {
            let fb = *fam as u8;
            let forms: Vec<SpecOp> = SpecOp::ALL
                .iter()
                .copied()
                .filter(|s| s.family() == *fam)
                .collect();
            let fails: Vec<&(u8, &'static str, u64)> =
                self.failures.iter().filter(|f| f.0 == fb).collect();
            let tried = self.success[fb as usize] + fails.iter().map(|f| f.2).sum::<u64>();
            let ran: u64 = forms.iter().map(|s| self.execs[*s as usize]).sum();
            if tried == 0 && ran == 0 {
                continue;
            }
            out.push_str(&format!(
                "{}: specialized {}, failed {}\n",
                fam.name(),
                self.success[fb as usize],
                tried - self.success[fb as usize]
            ));
            for s in forms {
                let i = s as usize;
                if self.execs[i] == 0 && self.deopts[i] == 0 {
                    continue;
                }
                let hits = self.execs[i] - self.misses[i];
                let pct = if self.execs[i] == 0 {
                    0.0
                } else {
                    100.0 * hits as f64 / self.execs[i] as f64
                };
                out.push_str(&format!(
                    "    {:<36} execs {:>12}  hits {:>12} ({pct:5.1}%)  misses {:>10}  deopts {:>6}\n",
                    s.name(),
                    self.execs[i],
                    hits,
                    self.misses[i],
                    self.deopts[i]
                ));
            }
            let mut fails = fails;
            fails.sort_by_key(|f| core::cmp::Reverse(f.2));
            for f in fails {
                out.push_str(&format!("    failure: {:<40} {:>8}\n", f.1, f.2));
            }
        }
        out
    }
}
