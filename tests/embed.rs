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

#[test]
fn exec_and_eval_in_host_namespaces() {
    on_big_stack(|| {
        let rt = Runtime::new(Options::new());
        let g = rt.dict().unwrap();
        g.set_item("base", &40).unwrap();
        rt.exec_in(
            "answer = base + 2\ndef f():\n    return base\n",
            "ns.py",
            &g,
            None,
        )
        .unwrap();
        assert_eq!(g.get_item("answer").unwrap().extract::<i64>().unwrap(), 42);
        assert!(g.get_item("__builtins__").is_ok());
        assert_eq!(
            rt.global("answer").unwrap_err().to_string(),
            "AttributeError: module '__main__' has no attribute 'answer'"
        );
        // Separate locals: bindings go there, lookups fall back to globals then builtins.
        let l = rt.dict().unwrap();
        rt.exec_in("local = answer * 2\nseen = f()\n", "ns.py", &g, Some(&l))
            .unwrap();
        assert_eq!(l.get_item("local").unwrap().extract::<i64>().unwrap(), 84);
        assert_eq!(l.get_item("seen").unwrap().extract::<i64>().unwrap(), 40);
        assert_eq!(
            g.get_item("local").unwrap_err().to_string(),
            "KeyError: 'local'"
        );
        let v: i64 = rt
            .eval_in("local + base + len(str(seen))", "<e>", &g, Some(&l))
            .unwrap()
            .extract()
            .unwrap();
        assert_eq!(v, 126);
        let e = rt.eval_in("missing", "<e>", &g, Some(&l)).unwrap_err();
        assert_eq!(e.to_string(), "NameError: name 'missing' is not defined");
        assert!(e.traceback().contains("File \"<e>\", line 1"));
        // Any mapping works as locals (as in CPython); globals must be a dict.
        rt.exec(
            "class M(dict):\n    def __missing__(self, k):\n        return k.upper()\n",
            "<m>",
        )
        .unwrap();
        let m = rt.eval("M()", "<m>").unwrap();
        let v: String = rt
            .eval_in("abc", "<e>", &g, Some(&m))
            .unwrap()
            .extract()
            .unwrap();
        assert_eq!(v, "ABC");
        let lst = rt.list(&[]).unwrap();
        assert_eq!(
            rt.exec_in("x = 1", "<e>", &lst, None)
                .unwrap_err()
                .to_string(),
            "TypeError: globals must be a dict, not list"
        );
        let e = rt.exec_in("def (:", "bad.py", &g, None).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Syntax);
    });
}

#[test]
fn many_runtimes_in_one_process() {
    // On one thread, interleaved: each sees only its own modules and globals.
    on_big_stack(|| {
        let rts: Vec<Runtime> = (0..12).map(|_| Runtime::new(Options::new())).collect();
        for (i, rt) in rts.iter().enumerate() {
            rt.exec(
                &format!("ident = {i}\nimport sys\nsys.tag = {i} * 10\n"),
                "<i>",
            )
            .unwrap();
        }
        for (i, rt) in rts.iter().enumerate() {
            let v: i64 = rt
                .eval("ident * 1000 + sys.tag", "<q>")
                .unwrap()
                .extract()
                .unwrap();
            assert_eq!(v, i as i64 * 1010);
        }
        // Dropping some (in an odd order) leaves the others whole.
        let mut rts: Vec<Option<Runtime>> = rts.into_iter().map(Some).collect();
        for r in rts.iter_mut().step_by(2) {
            *r = None;
        }
        for (i, rt) in rts.iter().enumerate() {
            if let Some(rt) = rt {
                assert_eq!(
                    rt.eval("ident", "<q>").unwrap().extract::<i64>().unwrap(),
                    i as i64
                );
            }
        }
    });
    // On several threads at once, each with its own runtime.
    let handles: Vec<_> = (0..4)
        .map(|i: i64| {
            std::thread::spawn(move || {
                copperhead::with_stack(16 << 20, move || {
                    let rt = Runtime::new(Options::new());
                    rt.exec(
                        &format!(
                            "total = 0\nfor i in range(5000):\n    total += i % ({i} + 2)\nnames = {{str(k): k for k in range(200)}}\n"
                        ),
                        "work.py",
                    )
                    .unwrap();
                    rt.eval("total + len(names)", "<q>")
                        .unwrap()
                        .extract::<i64>()
                        .unwrap()
                })
                .expect("runtime thread")
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let got = h.join().expect("thread");
        let m = i as i64 + 2;
        let want: i64 = 200 + (0..5000).map(|k| k % m).sum::<i64>();
        assert_eq!(got, want);
    }
}
