//! The regex engine stays under the host's control: catastrophic backtracking is stopped by the
//! runtime's interrupt flag (set before the call or from another thread), and a runaway
//! backtracking stack becomes MemoryError under a heap limit.

use std::sync::atomic::Ordering;
use std::time::Duration;

use copperhead_core::modules::re::pattern::compile;
use copperhead_core::object::Value;
use copperhead_core::{Config, Runtime};

fn pattern(rt: &Runtime, p: &str) -> Value {
    let s = rt.new_str(p).unwrap();
    let err = rt.exc().value_error.value();
    compile(rt, &s, 0, &err).unwrap()
}

#[test]
fn catastrophic_pattern_interrupted_by_flag_set_before() {
    let rt = Runtime::new(Config::default());
    let p = pattern(&rt, "(a*)*b");
    let text = rt.new_str(&"a".repeat(30)).unwrap();
    rt.interrupt_flag().store(true, Ordering::Relaxed);
    let err = rt.call_method(&p, "match", &[text]).unwrap_err();
    assert!(rt.err_matches(&err, rt.exc().keyboard_interrupt));
    // The flag was consumed: a normal match works again.
    let ok = rt.new_str("aab").unwrap();
    let m = rt.call_method(&p, "match", &[ok]).unwrap();
    assert!(!m.is(&rt.none()));
}

#[test]
fn catastrophic_pattern_interrupted_from_another_thread() {
    let rt = Runtime::new(Config::default());
    let p = pattern(&rt, "(a*)*b");
    let text = rt.new_str(&"a".repeat(30)).unwrap();
    let flag = rt.interrupt_flag();
    let r = std::thread::scope(|s| {
        s.spawn(|| {
            std::thread::sleep(Duration::from_millis(100));
            flag.store(true, Ordering::Relaxed);
        });
        rt.call_method(&p, "search", &[text])
    });
    let err = r.unwrap_err();
    assert!(rt.err_matches(&err, rt.exc().keyboard_interrupt));
}

#[test]
fn huge_backtrack_stack_is_memory_error() {
    let rt = Runtime::new(Config {
        heap_limit: 16 << 20,
        ..Config::default()
    });
    // Every iteration of the group leaves choice points and undo records on the stack.
    let p = pattern(&rt, "(?:(a)|b)*c");
    let text = rt.new_str(&"ab".repeat(1 << 20)).unwrap();
    let err = rt.call_method(&p, "match", &[text]).unwrap_err();
    assert!(rt.err_matches(&err, rt.exc().memory_error));
}
