//! The runtime boots and the basic protocol works end to end.

use copperhead_core::object::{Args, CmpOp};
use copperhead_core::{Config, Runtime};

#[test]
fn boots_and_reprs() {
    let rt = Runtime::new(Config::default());
    let none = rt.none();
    assert_eq!(rt.repr_string(&none).unwrap(), "None");
    assert_eq!(rt.repr_string(&rt.bool_value(true)).unwrap(), "True");
    let int_ty = rt.types().int.value();
    assert_eq!(rt.repr_string(&int_ty).unwrap(), "<class 'int'>");
    let exc = rt.exc().key_error.value();
    assert_eq!(rt.repr_string(&exc).unwrap(), "<class 'KeyError'>");
}

#[test]
fn dict_roundtrip() {
    let rt = Runtime::new(Config::default());
    let d = rt.new_dict().unwrap();
    let dd = rt.dict_data(&d).unwrap();
    for i in 0..1000 {
        dd.set(
            &rt,
            rt.new_int(i).unwrap(),
            rt.new_str(&format!("v{i}")).unwrap(),
        )
        .unwrap();
    }
    assert_eq!(dd.len(), 1000);
    let v = dd.get(&rt, &rt.new_int(500).unwrap()).unwrap().unwrap();
    assert_eq!(rt.str_of(&v), Some("v500"));
    assert!(dd.remove(&rt, &rt.new_int(500).unwrap()).unwrap().is_some());
    assert!(dd.get(&rt, &rt.new_int(500).unwrap()).unwrap().is_none());
    let k = rt.new_str("key").unwrap();
    dd.set(&rt, k, rt.none()).unwrap();
    assert!(dd.get_str(&rt, "key").is_some());
}

#[test]
fn slot_wrapper_and_attributes() {
    let rt = Runtime::new(Config::default());
    let a = rt.new_str("abc").unwrap();
    let b = rt.new_str("abd").unwrap();
    let lt = rt.getattr_str(&a, "__lt__").unwrap();
    let r = rt
        .call(&lt, Args::positional(std::slice::from_ref(&b)))
        .unwrap();
    assert!(r.is(&rt.bool_value(true)));
    assert!(rt.rich_compare_bool(&a, &b, CmpOp::Lt).unwrap());
    let err = rt.getattr_str(&a, "nope").unwrap_err();
    assert!(rt.err_matches(&err, rt.exc().attribute_error));
    let cls = rt.getattr_str(&a, "__class__").unwrap();
    assert!(rt.types().str.is(&cls));
}

#[test]
fn deep_nesting_frees_without_overflow() {
    let rt = Runtime::new(Config::default());
    let before = rt.heap().live_objects();
    let mut v = rt.new_list(vec![]).unwrap();
    for _ in 0..1_000_000 {
        v = rt.new_list(vec![v]).unwrap();
    }
    drop(v);
    assert_eq!(rt.heap().live_objects(), before);
}

#[test]
fn heap_limit_is_memory_error() {
    let rt = Runtime::new(Config {
        heap_limit: 4 << 20,
        ..Config::default()
    });
    let mut keep = Vec::new();
    let err = loop {
        match rt.new_str(&"x".repeat(1000)) {
            Ok(v) => keep.push(v),
            Err(e) => break e,
        }
    };
    assert!(rt.err_matches(&err, rt.exc().memory_error));
    drop(keep);
    assert!(rt.new_str("still works").is_ok());
}

#[test]
fn freeing_releases_out_of_line_bytes() {
    let rt = Runtime::new(Config::default());
    let before = rt.heap().used();
    {
        let s = rt.new_str(&"é".repeat(10_000)).unwrap();
        let b = rt.new_bytes(&[7u8; 5000]).unwrap();
        let big = rt
            .new_int_big(num_bigint::BigInt::from(1u8) << 5000usize)
            .unwrap();
        let t = rt.new_tuple(vec![s, b, big]).unwrap();
        let ba = rt.new_bytearray(vec![1, 2, 3]).unwrap();
        rt.bytearray_data(&ba)
            .unwrap()
            .splice(&rt, 0, 0, &[9u8; 4096])
            .unwrap();
        assert!(rt.heap().used() > before + 20_000);
        drop((t, ba));
    }
    assert_eq!(rt.heap().used(), before);
}

#[test]
fn dict_storage_is_released() {
    let rt = Runtime::new(Config::default());
    let before = rt.heap().used();
    {
        let d = rt.new_dict().unwrap();
        let dd = rt.dict_data(&d).unwrap();
        for i in 0..10_000 {
            dd.set(&rt, rt.new_int(i).unwrap(), rt.none()).unwrap();
        }
        for i in 0..9_000 {
            dd.remove(&rt, &rt.new_int(i).unwrap()).unwrap();
        }
        while dd.pop_last().is_some() {}
        for i in 0..100 {
            dd.set(&rt, rt.new_int(i).unwrap(), rt.none()).unwrap();
        }
    }
    assert_eq!(rt.heap().used(), before);
}
