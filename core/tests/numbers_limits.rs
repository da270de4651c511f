//! Numbers under resource limits: huge results become MemoryError (or CPython's errors), never
//! a crash or an endless computation; int subclasses keep their values.
//! Expected messages come from CPython 3.11 (noted beside each).

use copperhead_core::object::{Args, BinOp, PyErr, Value};
use copperhead_core::{Config, Runtime};

fn limited() -> copperhead_core::RuntimeBox {
    Runtime::new(Config {
        heap_limit: 4 << 20,
        ..Config::default()
    })
}

fn int(rt: &Runtime, i: i64) -> Value {
    rt.new_int(i).unwrap()
}

fn is(rt: &Runtime, e: &PyErr, ty: copperhead_core::object::TypeRef) -> bool {
    rt.err_matches(e, ty)
}

#[test]
fn huge_pow_is_memory_error() {
    let rt = limited();
    let two = int(&rt, 2);
    let e = rt
        .binary_op(&two, &int(&rt, 1 << 40), BinOp::Pow)
        .unwrap_err();
    assert!(is(&rt, &e, rt.exc().memory_error));
    // A power that fits the limit is computed.
    let v = rt.binary_op(&two, &int(&rt, 100_000), BinOp::Pow).unwrap();
    assert_eq!(rt.int_ref(&v).unwrap().bits(), 100_001);
    // Exponents past 64 bits with a growing base.
    let big = rt
        .binary_op(&two, &int(&rt, 100), BinOp::Pow)
        .and_then(|e| rt.binary_op(&int(&rt, 3), &e, BinOp::Pow))
        .unwrap_err();
    assert!(is(&rt, &big, rt.exc().memory_error));
    // Bases that never grow are fine with any exponent: 1 ** (2**100), (-1) ** (2**100 + 1).
    let e100 = rt.binary_op(&two, &int(&rt, 100), BinOp::Pow).unwrap();
    let one = rt.binary_op(&int(&rt, 1), &e100, BinOp::Pow).unwrap();
    assert_eq!(one.as_small_int(), Some(1));
    let odd = rt.binary_op(&e100, &int(&rt, 1), BinOp::Add).unwrap();
    let m1 = rt.binary_op(&int(&rt, -1), &odd, BinOp::Pow).unwrap();
    assert_eq!(m1.as_small_int(), Some(-1));
    // Modular pow with a huge exponent is cheap.
    let r = rt
        .ternary_pow(&int(&rt, 3), &e100, &int(&rt, 1_000_007))
        .unwrap();
    assert!(rt.int_ref(&r).is_some());
}

#[test]
fn huge_shift_and_multiply() {
    let rt = limited();
    let e = rt
        .binary_op(&int(&rt, 1), &int(&rt, 1 << 40), BinOp::LShift)
        .unwrap_err();
    assert!(is(&rt, &e, rt.exc().memory_error));
    // 1 << 2**64: CPython says OverflowError "too many digits in integer".
    let e64 = rt
        .binary_op(&int(&rt, 2), &int(&rt, 64), BinOp::Pow)
        .unwrap();
    let e = rt.binary_op(&int(&rt, 1), &e64, BinOp::LShift).unwrap_err();
    assert!(is(&rt, &e, rt.exc().overflow_error));
    // Squaring until the heap is full ends in MemoryError.
    let mut x = rt
        .binary_op(&int(&rt, 3), &int(&rt, 1000), BinOp::Pow)
        .unwrap();
    let err = loop {
        match rt.binary_op(&x, &x, BinOp::Mul) {
            Ok(v) => x = v,
            Err(e) => break e,
        }
    };
    assert!(is(&rt, &err, rt.exc().memory_error));
    // A huge right shift is 0 or -1.
    let r = rt.binary_op(&int(&rt, -5), &e64, BinOp::RShift).unwrap();
    assert_eq!(r.as_small_int(), Some(-1));
}

#[test]
fn digit_limit() {
    let rt = Runtime::new(Config::default());
    let s = rt.new_str(&"9".repeat(100_000)).unwrap();
    let e = rt
        .call(&rt.types().int.value(), Args::positional(&[s]))
        .unwrap_err();
    assert!(is(&rt, &e, rt.exc().value_error));
    // CPython: "Exceeds the limit (4300 digits) for integer string conversion: value has
    // 100000 digits; use sys.set_int_max_str_digits() to increase the limit"
    let msg = rt.str_string(e.value()).unwrap();
    assert_eq!(
        msg,
        "Exceeds the limit (4300 digits) for integer string conversion: value has 100000 \
         digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    let big = rt
        .binary_op(&int(&rt, 10), &int(&rt, 100_000), BinOp::Pow)
        .unwrap();
    let e = rt.repr(&big).unwrap_err();
    assert_eq!(
        rt.str_string(e.value()).unwrap(),
        "Exceeds the limit (4300 digits) for integer string conversion; use \
         sys.set_int_max_str_digits() to increase the limit"
    );
    // Power-of-two bases have no limit: int('1' * 100000, 16).
    let s = rt.new_str(&"1".repeat(100_000)).unwrap();
    let v = rt
        .call(
            &rt.types().int.value(),
            Args::positional(&[s, int(&rt, 16)]),
        )
        .unwrap();
    assert_eq!(rt.int_ref(&v).unwrap().bits(), 399_997);
}

#[test]
fn overflowing_conversions() {
    let rt = Runtime::new(Config::default());
    let big = rt
        .binary_op(&int(&rt, 10), &int(&rt, 400), BinOp::Pow)
        .unwrap();
    // float(10**400): OverflowError "int too large to convert to float"
    let e = rt
        .call(
            &rt.types().float.value(),
            Args::positional(std::slice::from_ref(&big)),
        )
        .unwrap_err();
    assert_eq!(
        rt.str_string(e.value()).unwrap(),
        "int too large to convert to float"
    );
    // 10**400 / 7: OverflowError "integer division result too large for a float"
    let e = rt
        .binary_op(&big, &int(&rt, 7), BinOp::TrueDiv)
        .unwrap_err();
    assert_eq!(
        rt.str_string(e.value()).unwrap(),
        "integer division result too large for a float"
    );
    // int(1e400) is int(inf): OverflowError "cannot convert float infinity to integer"
    let inf = rt.new_float(f64::INFINITY).unwrap();
    let e = rt
        .call(&rt.types().int.value(), Args::positional(&[inf]))
        .unwrap_err();
    assert_eq!(
        rt.str_string(e.value()).unwrap(),
        "cannot convert float infinity to integer"
    );
}

#[test]
fn int_and_float_subclasses() {
    let rt = Runtime::new(Config::default());
    let make = |name: &str, base: Value| -> Value {
        let bases = rt.new_tuple(vec![base]).unwrap();
        let args = [rt.new_str(name).unwrap(), bases, rt.new_dict().unwrap()];
        rt.call(&rt.types().type_.value(), Args::positional(&args))
            .unwrap()
    };
    let i_cls = make("I", rt.types().int.value());
    let x = rt
        .call(&i_cls, Args::positional(&[rt.new_str("123").unwrap()]))
        .unwrap();
    assert!(rt.types().int != rt.type_of(&x));
    assert_eq!(rt.int_ref(&x).unwrap().to_i64(), Some(123));
    assert_eq!(rt.repr_string(&x).unwrap(), "123");
    let y = rt.binary_op(&x, &int(&rt, 1), BinOp::Add).unwrap();
    assert_eq!(y.as_small_int(), Some(124));
    // Instances of int subclasses carry attributes.
    let n = rt.new_str("tag").unwrap();
    rt.setattr(&x, &n, Some(&int(&rt, 7))).unwrap();
    assert_eq!(rt.getattr(&x, &n).unwrap().as_small_int(), Some(7));

    let f_cls = make("F", rt.types().float.value());
    let f = rt
        .call(&f_cls, Args::positional(&[rt.new_str("2.5").unwrap()]))
        .unwrap();
    assert_eq!(rt.float_of(&f), Some(2.5));
    assert_eq!(rt.repr_string(&f).unwrap(), "2.5");

    let c_cls = make("C", rt.types().complex.value());
    let c = rt
        .call(&c_cls, Args::positional(&[int(&rt, 1), int(&rt, 2)]))
        .unwrap();
    assert_eq!(rt.complex_of(&c), Some((1.0, 2.0)));
    assert_eq!(rt.repr_string(&c).unwrap(), "(1+2j)");
}

#[test]
fn huge_widths_and_lengths() {
    let rt = limited();
    let one = int(&rt, 1);
    let e =
        copperhead_core::object::format_spec::format_value(&rt, &one, "1000000000000").unwrap_err();
    assert!(is(&rt, &e, rt.exc().memory_error));
    let to_bytes = rt.getattr_str(&one, "to_bytes").unwrap();
    let e = rt
        .call(&to_bytes, Args::positional(&[int(&rt, 1 << 40)]))
        .unwrap_err();
    assert!(is(&rt, &e, rt.exc().memory_error));
    let fmt = rt.new_str("%*d").unwrap();
    let args = rt.new_tuple(vec![int(&rt, 1 << 40), one.clone()]).unwrap();
    let e = copperhead_core::object::printf::str_mod(&rt, &fmt, &args).unwrap_err();
    assert!(is(&rt, &e, rt.exc().memory_error));
    // Floats just below 2**53 convert exactly (no shift underflow).
    let f = rt.new_float(9.005e15).unwrap();
    let i = rt
        .call(&rt.types().int.value(), Args::positional(&[f]))
        .unwrap();
    assert_eq!(
        rt.int_ref(&i).unwrap().to_i64(),
        Some(9_005_000_000_000_000)
    );
}

#[test]
fn big_ints_release_their_memory() {
    let rt = Runtime::new(Config::default());
    let before = rt.heap().used();
    for i in 0..200 {
        let x = rt
            .binary_op(&int(&rt, 7), &int(&rt, 1000 + i), BinOp::Pow)
            .unwrap();
        let y = rt.binary_op(&x, &x, BinOp::Mul).unwrap();
        let f = rt.binary_op(&y, &x, BinOp::FloorDiv).unwrap();
        drop((x, y, f));
    }
    assert_eq!(rt.heap().used(), before);
}
