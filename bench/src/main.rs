//! The side-by-side benchmark runner (arrives with the benchmark issue).
fn main() {}
