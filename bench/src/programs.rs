//! The benchmark programs: `bench/programs/*.py`, each declaring its sizes
//! on lines `DEFAULT = N` and `SMALL = N`.

use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub default_size: u64,
    pub small_size: u64,
}

/// Every program in `dir`, sorted by name; with `only` non-empty, just those
/// (an unknown name is an error, so a typo cannot silently skip a run).
pub fn discover(dir: &Path, only: &[String]) -> Result<Vec<Program>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut programs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let default_size = size_constant(&text, "DEFAULT")
            .ok_or_else(|| format!("{}: no `DEFAULT = N` line", path.display()))?;
        let small_size = size_constant(&text, "SMALL")
            .ok_or_else(|| format!("{}: no `SMALL = N` line", path.display()))?;
        programs.push(Program {
            name,
            path,
            default_size,
            small_size,
        });
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    if !only.is_empty() {
        for want in only {
            if !programs.iter().any(|p| &p.name == want) {
                return Err(format!("no benchmark named {want:?} in {}", dir.display()));
            }
        }
        programs.retain(|p| only.contains(&p.name));
    }
    if programs.is_empty() {
        return Err(format!("no benchmark programs in {}", dir.display()));
    }
    Ok(programs)
}

/// The value of a top-level line `NAME = 123`.
pub fn size_constant(text: &str, name: &str) -> Option<u64> {
    text.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?.trim_start().strip_prefix('=')?;
        rest.split('#').next()?.trim().parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_size_lines() {
        let text = "\"\"\"doc: DEFAULT = 9 in prose\"\"\"\nDEFAULT = 300000  # steps\nSMALL = 10\nSMALLER = 1\n";
        assert_eq!(size_constant(text, "DEFAULT"), Some(300000));
        assert_eq!(size_constant(text, "SMALL"), Some(10));
        assert_eq!(size_constant(text, "LARGE"), None);
    }

    #[test]
    fn finds_the_committed_programs() {
        let dir = crate::options::workspace_root().join("bench/programs");
        let all = discover(&dir, &[]).unwrap();
        assert!(all.len() >= 18, "only {} programs", all.len());
        for p in &all {
            assert!(p.small_size <= p.default_size, "{}", p.name);
        }
        let some = discover(&dir, &["fib".to_string()]).unwrap();
        assert_eq!(some.len(), 1);
        assert!(discover(&dir, &["no_such".to_string()]).is_err());
    }
}
