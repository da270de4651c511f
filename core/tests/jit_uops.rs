//! The micro-op interpreter runs the JIT test sequences (core/src/jit/uop_selftest.rs); the
//! JIT itself runs them in the platform crates' tests, which have executable memory. Here
//! also: a platform that refuses executable memory makes building fail with an error the
//! caller can report once before falling back to the interpreter.
use copperhead_core::jit::entry::Abi;
use copperhead_core::jit::exec::{self, BuildError, UopInst};
use copperhead_core::jit::patch::PatchError;
use copperhead_core::jit::platform::{ExecError, ExecMemory};
use copperhead_core::jit::{tables, uop_selftest};
use copperhead_core::specialize::uops::Uop;
use core::ptr::NonNull;

#[test]
fn micro_op_interpreter_sequences() {
    uop_selftest::run(None).unwrap();
}

unsafe fn refuse(_len: usize) -> Option<(NonNull<u8>, usize)> {
    None
}
unsafe fn seal(_p: NonNull<u8>, _len: usize) -> bool {
    false
}
unsafe fn free(_p: NonNull<u8>, _len: usize) {}

#[test]
fn refused_executable_memory_is_an_error() {
    let mem = ExecMemory {
        name: "refusing",
        alloc_rw: refuse,
        seal,
        free,
    };
    let Some(table) = tables::host() else { return };
    let seq = [
        UopInst::new(Uop::_SET_IP, 0, 0),
        UopInst::new(Uop::_EXIT_TRACE, 0, 0),
    ];
    let err = exec::build(mem, table, Abi::host(), &seq).err();
    assert_eq!(
        err,
        Some(BuildError::Patch(PatchError::Exec(ExecError::Alloc)))
    );
    // A sequence that does not end in a jump or an exit is refused before any memory.
    let open = [UopInst::new(Uop::_SET_IP, 0, 0)];
    assert_eq!(
        exec::build(mem, table, Abi::host(), &open).err(),
        Some(BuildError::OpenEnd)
    );
}

/// A refusal is said once in `-X stats`, however many executors it stopped.
#[test]
fn refused_executable_memory_is_reported_once() {
    use copperhead_core::jit::report;
    use copperhead_core::{Config, Runtime};
    let mut config = Config::default();
    config.tiers.stats = true;
    let rt = Runtime::new(config);
    assert_eq!(report::stats_lines(&rt), "");
    let mem = ExecMemory {
        name: "refusing",
        alloc_rw: refuse,
        seal,
        free,
    };
    let seq = [
        UopInst::new(Uop::_SET_IP, 0, 0),
        UopInst::new(Uop::_EXIT_TRACE, 0, 0),
    ];
    for _ in 0..3 {
        // Built against the host's table, or reported as if the table's build had refused.
        let err = match tables::host() {
            Some(table) => exec::build(mem, table, Abi::host(), &seq).err(),
            None => Some(BuildError::Patch(PatchError::Exec(ExecError::Alloc))),
        };
        let Some(err) = err else {
            panic!("a refusing platform built an executor")
        };
        report::build_failed(&rt, mem.name, &err);
    }
    let stats = copperhead_core::specialize::stats_report(&rt).unwrap_or_default();
    let refusals: Vec<&str> = stats
        .lines()
        .filter(|l| l.contains("executable memory unavailable"))
        .collect();
    assert_eq!(
        refusals,
        [
            "JIT: executable memory unavailable (the platform (refusing) refused to map code \
          memory): traces run in the micro-op interpreter"
        ]
    );
    assert!(stats.contains("JIT: 3 executor(s) not compiled"), "{stats}");
}

/// With tier 2 on and a platform that refuses executable memory, hot loops still get traces,
/// run by the micro-op interpreter, and `-X stats` says why once.
#[test]
fn refused_memory_runs_traces_in_the_micro_op_interpreter() {
    use copperhead_core::{Config, Runtime};
    let mut config = Config::default();
    config.tiers.stats = true;
    config.tiers.tier2 = true;
    let rt = Runtime::new(config);
    let mut hooks = rt.hooks.get();
    hooks.exec_memory = Some(ExecMemory {
        name: "refusing",
        alloc_rw: refuse,
        seal,
        free,
    });
    rt.hooks.set(hooks);
    let src = b"def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\nt = f(100000)\n";
    let Ok(globals) = copperhead_core::interp::run_main(&rt, src, "<test>") else {
        panic!("the loop raised")
    };
    let t = rt
        .dict_data(&globals)
        .and_then(|d| d.get_str(&rt, "t"))
        .and_then(|v| v.as_small_int());
    assert_eq!(t, Some(4_999_950_000));
    let stats = copperhead_core::specialize::stats_report(&rt).unwrap_or_default();
    if tables::host().is_some() {
        assert!(
            stats.contains("executable memory unavailable (the platform (refusing)"),
            "{stats}"
        );
    }
    assert!(stats.contains("run by the micro-op interpreter"), "{stats}");
}
