//! What the JIT tells `-X stats`: whether the platform refused executable memory (then
//! executors run in the micro-op interpreter). Tier 2 calls `build_failed` whenever building
//! an executor fails; the refusal is reported once, however many executors it stopped.

use super::exec::BuildError;
use super::patch::PatchError;
use super::platform::ExecError;
use crate::runtime::Runtime;
use alloc::format;
use alloc::string::String;
use core::cell::Cell;

/// The JIT's per-runtime record (`Runtime::jit`).
#[derive(Default)]
pub struct JitStatus {
    /// The first refusal of executable memory: the platform's allocator name and the error.
    refused: Cell<Option<(&'static str, ExecError)>>,
    /// Executors that could not be built (any reason) and so run in the micro-op interpreter.
    interpreted: Cell<usize>,
}

/// Records that building an executor with `allocator` (`ExecMemory::name`) failed with `e`;
/// the caller runs the sequence in the micro-op interpreter instead.
pub fn build_failed(rt: &Runtime, allocator: &'static str, e: &BuildError) {
    let s = &rt.jit;
    s.interpreted.set(s.interpreted.get() + 1);
    if let BuildError::Patch(PatchError::Exec(x)) = e
        && s.refused.get().is_none()
    {
        s.refused.set(Some((allocator, *x)));
    }
}

/// The JIT's lines for `-X stats` (empty when there is nothing to say).
pub fn stats_lines(rt: &Runtime) -> String {
    let s = &rt.jit;
    let mut out = String::new();
    if let Some((name, e)) = s.refused.get() {
        let what = match e {
            ExecError::Alloc => "refused to map",
            ExecError::Protect => "refused to make executable",
        };
        out.push_str(&format!(
            "JIT: executable memory unavailable (the platform ({name}) {what} code memory): \
             traces run in the micro-op interpreter\n"
        ));
    }
    if s.interpreted.get() > 0 {
        out.push_str(&format!(
            "JIT: {} executor(s) not compiled, run by the micro-op interpreter\n",
            s.interpreted.get()
        ));
    }
    out
}
