//! Shared by the corpus tests: which Python's standard library to compare against.

use std::process::Command;

/// `$COPPERHEAD_PYTHON`, else `python3.12`, else `python3`: the first that runs. Says so when it
/// is older than the 3.12 grammar the front end implements.
pub fn python() -> Option<String> {
    let mut cands = Vec::new();
    if let Ok(p) = std::env::var("COPPERHEAD_PYTHON") {
        cands.push(p);
    }
    cands.push("python3.12".into());
    cands.push("python3".into());
    for c in cands {
        let Ok(o) = Command::new(&c)
            .arg("-c")
            .arg("import sys; print(sys.version_info[:2] >= (3, 12))")
            .output()
        else {
            continue;
        };
        if o.status.success() {
            if String::from_utf8_lossy(&o.stdout).trim() != "True" {
                eprintln!("note: {c} is older than 3.12; comparing against it anyway");
            }
            return Some(c);
        }
    }
    None
}
