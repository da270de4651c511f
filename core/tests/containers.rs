//! Container behaviour that case files cannot express: sorting with comparisons that raise or
//! mutate, self-referencing reprs, deep nesting, heap limits. Expected values were checked
//! against python3 (3.11) where they are Python-visible.

use std::cell::RefCell;

use copperhead_core::object::{Args, BinOp, CmpOp, PyResult, Value};
use copperhead_core::{Config, Runtime};

fn int(rt: &Runtime, i: i64) -> Value {
    rt.new_int(i).unwrap()
}

fn ints(rt: &Runtime, v: &Value) -> Vec<i64> {
    rt.collect(v)
        .unwrap()
        .iter()
        .map(|x| rt.int_ref(x).unwrap().to_i64().unwrap())
        .collect()
}

fn call_method(
    rt: &Runtime,
    obj: &Value,
    name: &str,
    pos: &[Value],
    kw: &[(&str, Value)],
) -> PyResult<Value> {
    let m = rt.getattr_str(obj, name)?;
    let mut all = pos.to_vec();
    let mut names = Vec::new();
    for (k, v) in kw {
        names.push(rt.intern(k));
        all.push(v.clone());
    }
    rt.call(&m, Args::new(&all, &names))
}

fn message(rt: &Runtime, e: &copperhead_core::PyErr) -> String {
    use copperhead_core::object::exceptions::BaseExceptionData;
    let data = unsafe { e.value().heap().unwrap().payload::<BaseExceptionData>() };
    let args = unsafe { (*data.args.get()).clone() }.unwrap();
    let first = rt.tuple_items(&args).unwrap()[0].clone();
    rt.str_of(&first).unwrap_or("").to_string()
}

fn len_fn(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    rt.new_int(rt.len(&a.all[0])? as i64)
}

#[test]
fn self_referencing_reprs() {
    let rt = Runtime::new(Config::default());
    // python3: l = []; l.append(l); repr(l) == '[[...]]'
    let l = rt.new_list(vec![]).unwrap();
    rt.list_data(&l).unwrap().push(l.clone());
    assert_eq!(rt.repr_string(&l).unwrap(), "[[...]]");
    // python3: d = {}; d[None] = d; repr(d) == '{None: {...}}'
    let d = rt.new_dict().unwrap();
    rt.setitem(&d, &rt.none(), &d).unwrap();
    assert_eq!(rt.repr_string(&d).unwrap(), "{None: {...}}");
    // python3: l = []; t = (l,); l.append(t); repr(t) == '([(...)],)'
    let l2 = rt.new_list(vec![]).unwrap();
    let t = rt.new_tuple(vec![l2.clone()]).unwrap();
    rt.list_data(&l2).unwrap().push(t.clone());
    assert_eq!(rt.repr_string(&t).unwrap(), "([(...)],)");
    // The guard is released: a second repr gives the same text.
    assert_eq!(rt.repr_string(&l).unwrap(), "[[...]]");
    // Break the cycles so the test does not leak.
    rt.list_data(&l).unwrap().replace(vec![]);
    rt.list_data(&l2).unwrap().replace(vec![]);
    rt.dict_data(&d).unwrap().clear_all();
}

#[test]
fn deep_nesting_raises_recursion_error() {
    // Runs on the default 2 MiB test thread: the native stack budget, not luck, must stop it.
    deep_nesting();
}

fn deep_nesting() {
    let rt = Runtime::new(Config::default());
    let mut v = rt.new_list(vec![]).unwrap();
    for _ in 0..100_000 {
        v = rt.new_list(vec![v]).unwrap();
    }
    let e = rt.repr(&v).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().recursion_error));
    let w = rt.new_list(vec![v.clone()]).unwrap();
    let e = rt.rich_compare(&v, &w, CmpOp::Eq).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().recursion_error));
    let mut t = rt.new_tuple(vec![]).unwrap();
    for _ in 0..100_000 {
        t = rt.new_tuple(vec![t]).unwrap();
    }
    let e = rt.hash(&t).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().recursion_error));
}

#[test]
fn sort_is_stable_and_correct() {
    let rt = Runtime::new(Config::default());
    // Pseudo-random ints with many duplicates; compare with Rust's stable sort of the same data.
    let mut x: u64 = 12345;
    let mut data = Vec::new();
    for _ in 0..5000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        data.push(((x >> 33) % 100) as i64 - 50);
    }
    let l = rt
        .new_list(data.iter().map(|&i| int(&rt, i)).collect())
        .unwrap();
    call_method(&rt, &l, "sort", &[], &[]).unwrap();
    let mut want = data.clone();
    want.sort();
    assert_eq!(ints(&rt, &l), want);

    // Stability: lists of various lengths sorted by len keep their original relative order.
    let items: Vec<Value> = (0..300)
        .map(|i| rt.new_list(vec![int(&rt, i); (i % 7) as usize]).unwrap())
        .collect();
    let l = rt.new_list(items.clone()).unwrap();
    let key = rt.new_builtin_function("len", len_fn).unwrap();
    call_method(&rt, &l, "sort", &[], &[("key", key.clone())]).unwrap();
    let sorted = rt.collect(&l).unwrap();
    let mut expect: Vec<usize> = (0..300).collect();
    expect.sort_by_key(|i| i % 7);
    for (got, want) in sorted.iter().zip(expect) {
        assert!(got.is(&items[want]));
    }
    // reverse=True is stable too: equal keys keep their order.
    let l = rt.new_list(items.clone()).unwrap();
    call_method(
        &rt,
        &l,
        "sort",
        &[],
        &[("key", key), ("reverse", rt.bool_value(true))],
    )
    .unwrap();
    let sorted = rt.collect(&l).unwrap();
    let mut expect: Vec<usize> = (0..300).collect();
    expect.sort_by_key(|i| std::cmp::Reverse(i % 7));
    for (got, want) in sorted.iter().zip(expect) {
        assert!(got.is(&items[want]));
    }
    // Already sorted and reversed inputs (runs) of odd sizes.
    for n in [0, 1, 2, 63, 64, 65, 1000, 1025] {
        let asc = rt.new_list((0..n).map(|i| int(&rt, i)).collect()).unwrap();
        call_method(&rt, &asc, "sort", &[], &[]).unwrap();
        assert_eq!(ints(&rt, &asc), (0..n).collect::<Vec<_>>());
        let desc = rt
            .new_list((0..n).rev().map(|i| int(&rt, i)).collect())
            .unwrap();
        call_method(&rt, &desc, "sort", &[], &[]).unwrap();
        assert_eq!(ints(&rt, &desc), (0..n).collect::<Vec<_>>());
    }
}

#[test]
fn sort_with_raising_comparison_keeps_items() {
    let rt = Runtime::new(Config::default());
    let s = rt.new_str("x").unwrap();
    let mut items: Vec<Value> = (0..200).rev().map(|i| int(&rt, i)).collect();
    items.insert(150, s.clone());
    let l = rt.new_list(items.clone()).unwrap();
    let e = call_method(&rt, &l, "sort", &[], &[]).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().type_error));
    // python3: "'<' not supported between instances of 'str' and 'int'" (or int/str).
    let msg = message(&rt, &e);
    assert!(msg.contains("not supported between instances of"), "{msg}");
    // Still a permutation of the original items.
    let after = rt.collect(&l).unwrap();
    assert_eq!(after.len(), items.len());
    for x in &items {
        assert_eq!(after.iter().filter(|y| y.is(x)).count(), 1);
    }
}

thread_local! {
    static TARGET: RefCell<Option<Value>> = const { RefCell::new(None) };
    static SEEN: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn meddling_key(rt: &Runtime, a: Args<'_>) -> PyResult<Value> {
    TARGET.with(|t| {
        if let Some(l) = t.borrow().as_ref() {
            // The list looks empty while it is being sorted (python3 shows `[]`): only what
            // this key function appended is visible.
            SEEN.with(|s| s.borrow_mut().push(rt.len(l).unwrap()));
            rt.list_data(l).unwrap().push(rt.none());
        }
    });
    Ok(a.all[0].clone())
}

#[test]
fn list_modified_during_sort() {
    let rt = Runtime::new(Config::default());
    let l = rt
        .new_list(vec![int(&rt, 3), int(&rt, 1), int(&rt, 2)])
        .unwrap();
    TARGET.with(|t| *t.borrow_mut() = Some(l.clone()));
    let key = rt.new_builtin_function("meddle", meddling_key).unwrap();
    let e = call_method(&rt, &l, "sort", &[], &[("key", key)]).unwrap_err();
    TARGET.with(|t| *t.borrow_mut() = None);
    assert!(rt.err_matches(&e, rt.exc().value_error));
    let msg = message(&rt, &e);
    assert!(msg.contains("list modified during sort"), "{msg}");
    SEEN.with(|s| assert_eq!(*s.borrow(), vec![0, 1, 2]));
    // The sorted items are restored; what was appended meanwhile is dropped.
    assert_eq!(ints(&rt, &l), vec![1, 2, 3]);
}

#[test]
fn iteration_survives_mutation() {
    let rt = Runtime::new(Config::default());
    let l = rt.new_list((0..5).map(|i| int(&rt, i)).collect()).unwrap();
    let it = rt.iter(&l).unwrap();
    assert!(rt.next(&it).unwrap().is_some());
    rt.list_data(&l).unwrap().replace(vec![]);
    assert!(rt.next(&it).unwrap().is_none());
    // dict: a size change raises, every time after too.
    let d = rt.new_dict().unwrap();
    rt.setitem(&d, &int(&rt, 1), &int(&rt, 2)).unwrap();
    let it = rt.iter(&d).unwrap();
    rt.setitem(&d, &int(&rt, 3), &int(&rt, 4)).unwrap();
    let e = rt.next(&it).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().runtime_error));
    // set: likewise.
    let s = rt.new_set(vec![int(&rt, 1)]).unwrap();
    let it = rt.iter(&s).unwrap();
    rt.call_method(&s, "add", &[int(&rt, 2)]).unwrap();
    let e = rt.next(&it).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().runtime_error));
}

#[test]
fn huge_repeat_is_memory_error() {
    let rt = Runtime::new(Config {
        heap_limit: 64 << 20,
        ..Config::default()
    });
    let l = rt.new_list(vec![rt.none(), rt.none()]).unwrap();
    let n = int(&rt, 1 << 40);
    let e = rt.binary_op(&l, &n, BinOp::Mul).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().memory_error));
    let t = rt.new_tuple(vec![rt.none()]).unwrap();
    let e = rt.binary_op(&t, &n, BinOp::Mul).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().memory_error));
    // Small repeats still work afterwards.
    let r = rt.binary_op(&l, &int(&rt, 3), BinOp::Mul).unwrap();
    assert_eq!(rt.len(&r).unwrap(), 6);
}

#[test]
fn helpers_for_other_modules() {
    let rt = Runtime::new(Config::default());
    let r = rt.new_range(0, 10, 3).unwrap();
    assert_eq!(ints(&rt, &r), vec![0, 3, 6, 9]);
    let s = rt
        .new_set(vec![int(&rt, 2), int(&rt, 1), int(&rt, 2)])
        .unwrap();
    assert_eq!(rt.set_data(&s).unwrap().len(), 2);
    let f = rt
        .new_frozenset(vec![int(&rt, 1), int(&rt, 2), int(&rt, 3)])
        .unwrap();
    // python3: hash(frozenset({1, 2, 3})) == -272375401224217160
    assert_eq!(rt.hash(&f).unwrap(), -272375401224217160);
    // python3: hash((1, 2)) == -3550055125485641917
    let t = rt.new_tuple(vec![int(&rt, 1), int(&rt, 2)]).unwrap();
    assert_eq!(rt.hash(&t).unwrap(), -3550055125485641917);
    let sl = rt.new_slice(rt.none(), rt.none(), int(&rt, -2)).unwrap();
    let got = copperhead_core::object::slice::slice_indices(&rt, &sl, 5).unwrap();
    // python3: slice(None, None, -2).indices(5) == (4, -1, -2), three items
    assert_eq!(got, (4, -1, -2, 3));
}

#[test]
fn list_storage_is_accounted() {
    let rt = Runtime::new(Config {
        heap_limit: 8 << 20,
        ..Config::default()
    });
    let before = rt.heap().used();
    let l = rt.new_list(vec![]).unwrap();
    let append = rt.getattr_str(&l, "append").unwrap();
    let none = [rt.none()];
    // Appending None forever allocates no objects, only item storage: the limit must stop it.
    let err = loop {
        if let Err(e) = rt.call(&append, Args::positional(&none)) {
            break e;
        }
    };
    assert!(rt.err_matches(&err, rt.exc().memory_error));
    assert!(rt.len(&l).unwrap() > 100_000);
    drop(append);
    drop(l);
    assert!(rt.heap().used() <= before + 1024, "storage released");
}

#[test]
fn set_storage_is_accounted() {
    let rt = Runtime::new(Config {
        heap_limit: 64 << 20,
        ..Config::default()
    });
    let before = rt.heap().used();
    let s = rt
        .new_set((0..100_000).map(|i| int(&rt, i)).collect())
        .unwrap();
    assert!(
        rt.heap().used() > before + 100_000 * 8,
        "{} {}",
        before,
        rt.heap().used()
    );
    rt.call_method(&s, "clear", &[]).unwrap();
    rt.call_method(&s, "update", &[rt.new_range(0, 1000, 1).unwrap()])
        .unwrap();
    drop(s);
    assert!(rt.heap().used() <= before + 1024, "storage released");
}

fn pop_fn(rt: &Runtime, _a: Args<'_>) -> PyResult<Value> {
    TARGET.with(|t| {
        let l = t.borrow().clone().unwrap();
        rt.call_method(&l, "pop", &[])
    })
}

#[test]
fn callable_iterator_stops_at_sentinel() {
    let rt = Runtime::new(Config::default());
    // python3: l = [0, 3, 2, 1]; list(iter(l.pop, 3)) == [1, 2]
    let l = rt
        .new_list(vec![int(&rt, 0), int(&rt, 3), int(&rt, 2), int(&rt, 1)])
        .unwrap();
    TARGET.with(|t| *t.borrow_mut() = Some(l.clone()));
    let f = rt.new_builtin_function("pop", pop_fn).unwrap();
    let it =
        copperhead_core::object::builtin_iters::new_callable_iterator(&rt, f, int(&rt, 3)).unwrap();
    let got = rt.collect(&it).unwrap();
    TARGET.with(|t| *t.borrow_mut() = None);
    assert_eq!(got.len(), 2);
    assert_eq!(rt.int_ref(&got[0]).unwrap().to_i64(), Some(1));
    assert_eq!(rt.int_ref(&got[1]).unwrap().to_i64(), Some(2));
    assert!(rt.next(&it).unwrap().is_none());
}
