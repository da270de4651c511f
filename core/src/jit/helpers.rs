//! The fixed table of runtime helpers stencils may call (as `extern "C"` functions). The
//! generator (`stencils/gen`) rejects any other external symbol, and refers to helpers by their
//! index here; the patcher writes the helper's address. Order is part of the generated tables:
//! append only (and regenerate).

/// (symbol name, address) of each helper.
pub fn helpers() -> [(&'static str, usize); HELPER_NAMES.len()] {
    [(
        "copperhead_jit_test_helper",
        copperhead_jit_test_helper as extern "C" fn(usize) -> usize as usize,
    )]
}

/// The helpers' symbol names, in table order.
pub const HELPER_NAMES: [&str; 1] = ["copperhead_jit_test_helper"];

/// For the generator's and the patcher's tests: `2 * x + 1`.
pub extern "C" fn copperhead_jit_test_helper(x: usize) -> usize {
    x.wrapping_mul(2).wrapping_add(1)
}

/// The address of helper `index`, if there is one.
pub fn helper_address(index: u16) -> Option<usize> {
    helpers().get(usize::from(index)).map(|h| h.1)
}
