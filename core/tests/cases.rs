//! CPython-checked behaviour of the built-in types: one test per case file in `cases/`.
//! Regenerate expectations with `python3 core/tests/cases/generate.py`.

mod support;

macro_rules! case_file {
    ($($area:ident),* $(,)?) => {
        $(
            #[test]
            fn $area() {
                support::run_case_file(stringify!($area));
            }
        )*
    };
}

// Registered as their types land: harness first.
case_file!();
