//! The Rust embedding API (`copperhead::embed`): values, calls, errors, limits, isolation.

use copperhead::embed::{ErrorKind, FileAccess, Kind, List, Options, Runtime};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    copperhead::with_stack(64 << 20, f).expect("test thread panicked");
}

#[test]
fn values_round_trip() {
    on_big_stack(|| {
        let rt = Runtime::new(Options::new());
        let v = rt
            .eval("[1, 2.5, 'x', b'by', None, True, (1, 2), {'a': 1}]", "<t>")
            .unwrap();
        let items = v.items().unwrap();
        assert_eq!(items[0].extract::<i64>().unwrap(), 1);
        assert_eq!(items[1].extract::<f64>().unwrap(), 2.5);
        assert_eq!(items[2].extract::<String>().unwrap(), "x");
        assert_eq!(items[3].extract::<Vec<u8>>().unwrap(), b"by");
        assert!(items[4].is_none());
        assert!(items[5].extract::<bool>().unwrap());
        assert_eq!(items[6].extract::<(i32, i32)>().unwrap(), (1, 2));
        let d: BTreeMap<String, i64> = items[7].extract().unwrap();
        assert_eq!(d["a"], 1);
        assert!(items[7].is(Kind::Dict) && !items[7].is(Kind::List));
        let big = rt.eval("2**100", "<t>").unwrap();
        assert_eq!(
            big.int_to_string().unwrap(),
            "1267650600228229401496703205376"
        );
        let e = big.extract::<i64>().unwrap_err();
        assert_eq!(e.type_name(), "OverflowError");
        let b2 = rt.int_from_str("-1267650600228229401496703205376").unwrap();
        assert_eq!(b2.repr().unwrap(), "-1267650600228229401496703205376");
        let l = rt.to_py(&vec![1, 2, 3]).unwrap();
        let List(back) = l.extract::<List<u8>>().unwrap();
        assert_eq!(back, [1, 2, 3]);
        assert_eq!(
            rt.to_py(&u128::MAX).unwrap().str().unwrap(),
            u128::MAX.to_string()
        );
    });
}

#[test]
fn calls_with_keywords_and_errors() {
    on_big_stack(|| {
        let rt = Runtime::new(Options::new());
        rt.exec(
            "def f(a, b=2, *, c=3):\n    return a * 100 + b * 10 + c\n",
            "m.py",
        )
        .unwrap();
        let f = rt.global("f").unwrap();
        let r = f.call((1,), &[("c", rt.to_py(&9).unwrap())]).unwrap();
        assert_eq!(r.extract::<i64>().unwrap(), 129);
        let err = f.call((), &[]).unwrap_err();
        assert_eq!(err.type_name(), "TypeError");
        assert_eq!(
            err.message(),
            "f() missing 1 required positional argument: 'a'"
        );
        let err = rt
            .exec("x = 1\ndef g():\n    return x / 0\ng()\n", "prog.py")
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Exception);
        assert_eq!(
            err.traceback(),
            "Traceback (most recent call last):\n  File \"prog.py\", line 4, in <module>\n    g()\n  File \"prog.py\", line 3, in g\n    return x / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"
        );
        let err = rt.exec("def (:", "bad.py").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Syntax);
        assert_eq!(err.type_name(), "SyntaxError");
    });
}

#[test]
fn native_functions_see_errors_and_reraise_them() {
    on_big_stack(|| {
        let rt = Runtime::new(Options::new());
        let cb = rt
            .function("apply", |_rt, a| {
                // Calls back into Python; an exception there passes through unchanged.
                a.arg(0)?.call((a.arg(1)?,), &[])
            })
            .unwrap();
        rt.set_global("apply", &cb).unwrap();
        rt.exec(
            "class E(Exception): pass\ndef boom(x):\n    raise E(x)\ntry:\n    apply(boom, 5)\nexcept E as e:\n    caught = e.args[0]\n",
            "cb.py",
        )
        .unwrap();
        assert_eq!(rt.global("caught").unwrap().extract::<i64>().unwrap(), 5);
        let bad = rt
            .function("bad", |_rt, _a| {
                Err(copperhead::embed::Error::new("ValueError", "nope"))
            })
            .unwrap();
        rt.set_global("bad", &bad).unwrap();
        let r: String = rt
            .eval("(lambda: [str(e) for e in [None]])()", "<x>")
            .unwrap()
            .items()
            .unwrap()[0]
            .extract::<Option<String>>()
            .unwrap()
            .unwrap();
        assert_eq!(r, "None");
        let err = rt.exec("bad()", "<x>").unwrap_err();
        assert_eq!(err.to_string(), "ValueError: nope");
        let p = rt.function("p", |_rt, _a| panic!("host bug")).unwrap();
        rt.set_global("p", &p).unwrap();
        let err = rt.exec("p()", "<x>").unwrap_err();
        assert_eq!(err.to_string(), "SystemError: native function p() panicked");
        assert_eq!(
            rt.eval("1 + 1", "<x>").unwrap().extract::<i64>().unwrap(),
            2
        );
    });
}

#[test]
fn limits_raise_and_the_runtime_keeps_working() {
    on_big_stack(|| {
        let rt = Runtime::new(
            Options::new()
                .heap_limit(8 << 20)
                .recursion_limit(200)
                .instruction_budget(100_000),
        );
        let e = rt
            .exec("x = []\nwhile True:\n    x.append([0] * 1000)\n", "<mem>")
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::HeapLimit);
        rt.exec("x = None", "<ok>").unwrap();
        let e = rt
            .exec("def r(n):\n    return r(n + 1)\nr(0)\n", "<rec>")
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Recursion);
        let e = rt
            .exec(
                "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
                "<loop>",
            )
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Budget);
        assert_eq!(
            e.to_string(),
            "BudgetExhausted: instruction budget exhausted"
        );
        // Caught inside the script, it is raised again at the next tick.
        let e = rt
            .exec("n = 0\nwhile True:\n    try:\n        while True: n += 1\n    except BaseException:\n        pass\n", "<c>")
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Budget);
        assert_eq!(
            rt.eval("sum(range(100))", "<ok>")
                .unwrap()
                .extract::<i64>()
                .unwrap(),
            4950
        );
    });
}

#[test]
fn output_loader_sandbox_and_isolation() {
    on_big_stack(|| {
        let out = Rc::new(RefCell::new(String::new()));
        let o2 = out.clone();
        let rt = Runtime::new(
            Options::new()
                .stdout(move |s| o2.borrow_mut().push_str(s))
                .module_loader(|name| match name {
                    "greet" => Some(("def hi(n):\n    return 'hi ' + n\n".into(), false)),
                    "pkg" => Some(("X = 1\n".into(), true)),
                    "pkg.sub" => Some(("from . import X\nY = X + 1\n".into(), false)),
                    _ => None,
                }),
        );
        rt.exec(
            "import greet, pkg.sub\nprint(greet.hi('bob'), pkg.sub.Y)",
            "<main>",
        )
        .unwrap();
        assert_eq!(*out.borrow(), "hi bob 2\n");
        let e = rt.exec("open('/etc/passwd')", "<x>").unwrap_err();
        assert_eq!(e.type_name(), "OSError");
        let e = rt.exec("import nosuchmodule", "<x>").unwrap_err();
        assert_eq!(e.type_name(), "ModuleNotFoundError");
        // Another runtime shares nothing.
        let rt2 = Runtime::new(Options::new().file_access(FileAccess::Read(Box::new(|p| {
            (p == "cfg.py").then(|| b"V = 7\n".to_vec())
        }))));
        rt2.exec("import cfg", "<x>").unwrap();
        assert!(rt2.eval("greet", "<x>").is_err());
        assert_eq!(
            rt2.eval("cfg.V", "<x>").unwrap().extract::<i64>().unwrap(),
            7
        );
        assert!(rt.global("cfg").is_err());
    });
}

#[test]
fn interrupt_from_another_thread() {
    on_big_stack(|| {
        let rt = Runtime::new(Options::new());
        // SAFETY: the runtime outlives the thread (joined below).
        let h = unsafe { rt.interrupt_handle() };
        let t = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(200));
            h.interrupt();
        });
        let e = rt.exec("while True:\n    pass\n", "<spin>").unwrap_err();
        t.join().unwrap();
        assert_eq!(e.kind(), ErrorKind::Interrupted);
        assert_eq!(
            rt.eval("2 + 2", "<x>").unwrap().extract::<i64>().unwrap(),
            4
        );
    });
}
