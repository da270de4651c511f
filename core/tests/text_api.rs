//! The text types through the Rust API: slicing (until the slice type exists, the cases files
//! cannot reach it), iterator types, heap limits, accessors other modules use.

use copperhead_core::object::slice::slice_indices;
use copperhead_core::object::str::str_slice;
use copperhead_core::object::{BinOp, Value};
use copperhead_core::{Config, Runtime};

fn slice(
    rt: &Runtime,
    s: &str,
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
) -> String {
    let v = rt.new_str(s).unwrap();
    let len = rt.str_data(&v).unwrap().char_len();
    let bound = |x: Option<isize>| x.map_or_else(|| rt.none(), |i| rt.new_int(i as i64).unwrap());
    let sl = rt
        .new_slice(bound(start), bound(stop), bound(step))
        .unwrap();
    let (a, _, st, n) = slice_indices(rt, &sl, len).unwrap();
    let r = str_slice(rt, &v, a, st, n).unwrap();
    rt.str_of(&r).unwrap().to_string()
}

#[test]
fn str_slicing_matches_cpython() {
    let rt = Runtime::new(Config::default());
    // Expected values from python3.
    assert_eq!(slice(&rt, "hello", Some(1), Some(3), None), "el");
    assert_eq!(slice(&rt, "hello", None, None, Some(-1)), "olleh");
    assert_eq!(slice(&rt, "hello", None, None, Some(2)), "hlo");
    assert_eq!(slice(&rt, "café", Some(1), None, None), "afé");
    assert_eq!(slice(&rt, "café", None, None, Some(-1)), "éfac");
    assert_eq!(slice(&rt, "日本語テキスト", Some(-3), None, None), "キスト");
    assert_eq!(
        slice(&rt, "日本語テキスト", Some(5), Some(1), Some(-2)),
        "ステ"
    );
    assert_eq!(slice(&rt, "hello", Some(-100), Some(100), None), "hello");
    assert_eq!(slice(&rt, "hello", Some(3), Some(1), None), "");
    assert_eq!(slice(&rt, "", None, None, Some(-1)), "");
}

#[test]
fn iterator_type_names() {
    let rt = Runtime::new(Config::default());
    let name = |v: Value| {
        let it = rt.iter(&v).unwrap();
        rt.type_name(&it)
    };
    // python3: type(iter(x)).__name__
    assert_eq!(name(rt.new_str("abc").unwrap()), "str_ascii_iterator");
    assert_eq!(name(rt.new_str("é").unwrap()), "str_iterator");
    assert_eq!(name(rt.new_bytes(b"a").unwrap()), "bytes_iterator");
    assert_eq!(
        name(rt.new_bytearray(vec![1]).unwrap()),
        "bytearray_iterator"
    );
}

#[test]
fn accessors() {
    let rt = Runtime::new(Config::default());
    let b = rt.new_bytes(b"xyz").unwrap();
    assert_eq!(rt.bytes_of(&b), Some(&b"xyz"[..]));
    assert!(rt.new_bytes(b"").unwrap().is(&rt.singletons().empty_bytes));
    let ba = rt.new_bytearray(b"ab".to_vec()).unwrap();
    assert_eq!(rt.bytearray_data(&ba).unwrap().to_vec(), b"ab");
    assert!(rt.bytes_of(&ba).is_none());
    assert!(rt.hash(&ba).is_err());
    assert_eq!(rt.repr_string(&ba).unwrap(), "bytearray(b'ab')");
    assert_eq!(rt.len(&rt.singletons().empty_bytes).unwrap(), 0);
}

#[test]
fn huge_repeats_are_memory_errors() {
    let rt = Runtime::new(Config {
        heap_limit: 1 << 20,
        ..Config::default()
    });
    let s = rt.new_str("ab").unwrap();
    let n = rt.new_int(10_000_000).unwrap();
    let e = rt.binary_op(&s, &n, BinOp::Mul).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().memory_error));
    let b = rt.new_bytes(b"ab").unwrap();
    let e = rt.binary_op(&b, &n, BinOp::Mul).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().memory_error));
    let ba = rt.new_bytearray(b"ab".to_vec()).unwrap();
    let e = rt.inplace_op(&ba, &n, BinOp::Mul).unwrap_err();
    assert!(rt.err_matches(&e, rt.exc().memory_error));
    assert_eq!(rt.len(&ba).unwrap(), 2);
}

#[test]
fn long_non_ascii_indexing() {
    let rt = Runtime::new(Config::default());
    let text: String = (0..1000)
        .map(|i| char::from_u32(0x4e00 + i).unwrap())
        .collect();
    let v = rt.new_str(&text).unwrap();
    let d = rt.str_data(&v).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for i in [0usize, 1, 63, 64, 65, 500, 999] {
        assert_eq!(d.char_at(i), Some(chars[i]));
        let b = d.byte_offset(i);
        assert_eq!(b, i * 3);
        assert_eq!(d.char_index(b), i);
    }
    assert_eq!(d.char_at(1000), None);
    assert_eq!(d.byte_offset(1000), text.len());
    assert_eq!(d.char_index(text.len()), 1000);
    assert_eq!(
        slice(&rt, &text, Some(998), None, None),
        chars[998..].iter().collect::<String>()
    );
}

/// Every method of the three types with every combination of up to two arguments from a pool
/// of awkward values: errors are fine, panics are not.
#[test]
fn no_panics_on_odd_arguments() {
    use copperhead_core::object::Args;
    let rt = Runtime::new(Config::default());
    let big = rt.new_int_big(num_bigint::BigInt::from(1u8) << 80).unwrap();
    let pool: Vec<Value> = vec![
        rt.new_int(-1).unwrap(),
        rt.new_int(0).unwrap(),
        rt.new_int(3).unwrap(),
        rt.new_int(300).unwrap(),
        rt.new_int(isize::MIN as i64 / 2).unwrap(),
        big,
        rt.new_str("").unwrap(),
        rt.new_str("é").unwrap(),
        rt.new_str("a b").unwrap(),
        rt.new_bytes(b"").unwrap(),
        rt.new_bytes(b"\xff a").unwrap(),
        rt.new_bytearray(b"ab".to_vec()).unwrap(),
        rt.none(),
        rt.new_tuple(vec![rt.new_str("x").unwrap(), rt.new_int(1).unwrap()])
            .unwrap(),
        rt.new_float(1.5).unwrap(),
        rt.new_dict().unwrap(),
    ];
    let receivers = vec![
        rt.new_str("").unwrap(),
        rt.new_str("Hello wörld\tΣ\n").unwrap(),
        rt.new_str("abc abc").unwrap(),
        rt.new_bytes(b"Hello\xff \t\r\n").unwrap(),
        rt.new_bytearray(b"abc abc".to_vec()).unwrap(),
        rt.new_bytearray(Vec::new()).unwrap(),
    ];
    let mut calls = 0;
    for recv in &receivers {
        let ty = rt.type_of(recv);
        let dict = rt.dict_data(ty.data().dict()).unwrap();
        for name in dict.keys() {
            let name = rt.str_of(&name).unwrap().to_string();
            if matches!(name.as_str(), "__new__" | "__init__" | "__init_subclass__") {
                continue;
            }
            let Ok(m) = rt.getattr_str(recv, &name) else {
                continue;
            };
            let _ = rt.call(&m, Args::positional(&[]));
            for a in &pool {
                let _ = rt.call(&m, Args::positional(std::slice::from_ref(a)));
                for b in &pool {
                    let _ = rt.call(&m, Args::positional(&[a.clone(), b.clone()]));
                    calls += 1;
                }
            }
        }
    }
    assert!(calls > 1000);
}
