//! The `copperhead` command.

fn main() {
    eprintln!("copperhead: the interpreter is not built yet");
    std::process::exit(2);
}
