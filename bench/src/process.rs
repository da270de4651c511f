//! Running one interpreter process: wall time, exit status, and peak
//! resident set size from the kernel (`wait4`'s `ru_maxrss`).

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Ok,
    Exit(i32),
    Signal(i32),
    TimedOut,
    SpawnFailed(String),
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Status,
    pub seconds: f64,
    /// Peak resident set size in KiB (Linux reports `ru_maxrss` in KiB).
    pub max_rss_kib: u64,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    pub fn succeeded(&self) -> bool {
        self.status == Status::Ok
    }

    /// A one-line reason for a failed run, for the report.
    pub fn failure_reason(&self) -> String {
        let what = match &self.status {
            Status::Ok => "ok".to_string(),
            Status::Exit(code) => format!("exit {code}"),
            Status::Signal(sig) => format!("signal {sig}"),
            Status::TimedOut => "timed out".to_string(),
            Status::SpawnFailed(e) => return format!("not run: {e}"),
        };
        match self.stderr.lines().rev().find(|l| !l.trim().is_empty()) {
            Some(last) => format!("{what}: {}", last.trim()),
            None => what,
        }
    }
}

/// Where child output goes (files, so a chatty child can never block on a
/// full pipe while we wait for it).
pub struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    pub fn new() -> std::io::Result<Scratch> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let name = format!("copperhead-bench-{}-{n}", std::process::id());
        let dir = std::env::temp_dir().join(name);
        fs::create_dir_all(&dir)?;
        Ok(Scratch { dir })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Runs `program args...` to completion (or until `timeout`, then kills it).
pub fn run(program: &Path, args: &[String], timeout: Duration, scratch: &Scratch) -> Outcome {
    let failed = |e: String| Outcome {
        status: Status::SpawnFailed(e),
        seconds: 0.0,
        max_rss_kib: 0,
        stdout: String::new(),
        stderr: String::new(),
    };
    let (out_path, err_path) = (scratch.path("stdout"), scratch.path("stderr"));
    let (out, err) = match (File::create(&out_path), File::create(&err_path)) {
        (Ok(o), Ok(e)) => (o, e),
        (Err(e), _) | (_, Err(e)) => return failed(format!("scratch file: {e}")),
    };
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn();
    let child = match child {
        Ok(c) => c,
        Err(e) => return failed(format!("{}: {e}", program.display())),
    };
    let pid = child.id() as libc::pid_t;

    // A watchdog kills the child if it outlives the timeout.
    let (done, finished) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(timeout) {
            // SAFETY: kill(2) on our own child's pid, which is not reaped yet
            // (we reap it below only after this thread is told to stop or
            // has sent the signal and the child has died).
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return true;
        }
        false
    });

    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = loop {
        // SAFETY: valid pointers to locals; pid is our child.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            break Err(e);
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    let _ = done.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    drop(child); // already reaped; dropping a Child never waits

    if let Err(e) = reaped {
        return failed(format!("wait4: {e}"));
    }
    let status = if timed_out {
        Status::TimedOut
    } else if libc::WIFEXITED(status) {
        match libc::WEXITSTATUS(status) {
            0 => Status::Ok,
            code => Status::Exit(code),
        }
    } else if libc::WIFSIGNALED(status) {
        Status::Signal(libc::WTERMSIG(status))
    } else {
        Status::Exit(-1)
    };
    let read = |p: &Path| String::from_utf8_lossy(&fs::read(p).unwrap_or_default()).into_owned();
    Outcome {
        status,
        seconds,
        max_rss_kib: usage.ru_maxrss.max(0) as u64,
        stdout: read(&out_path),
        stderr: read(&err_path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Outcome {
        let scratch = Scratch::new().unwrap();
        run(
            Path::new("/bin/sh"),
            &["-c".to_string(), script.to_string()],
            timeout,
            &scratch,
        )
    }

    #[test]
    fn success_output_and_rss() {
        let o = sh("echo hello; echo oops >&2", Duration::from_secs(10));
        assert_eq!(o.status, Status::Ok);
        assert_eq!(o.stdout, "hello\n");
        assert_eq!(o.stderr, "oops\n");
        assert!(o.max_rss_kib > 0);
        assert!(o.seconds > 0.0);
    }

    #[test]
    fn failures_are_reported() {
        let o = sh(
            "echo 'copperhead: not built' >&2; exit 2",
            Duration::from_secs(10),
        );
        assert_eq!(o.status, Status::Exit(2));
        assert_eq!(o.failure_reason(), "exit 2: copperhead: not built");
        let o = sh("kill -9 $$", Duration::from_secs(10));
        assert_eq!(o.status, Status::Signal(9));
        let o = sh("sleep 5", Duration::from_millis(200));
        assert_eq!(o.status, Status::TimedOut);
        let scratch = Scratch::new().unwrap();
        let o = run(
            Path::new("/no/such/binary"),
            &[],
            Duration::from_secs(1),
            &scratch,
        );
        assert!(matches!(o.status, Status::SpawnFailed(_)));
        assert!(o.failure_reason().starts_with("not run: "));
    }
}
