//! Making, configuring and freeing runtimes.

use crate::guard::{Handle, call};
use copperhead_facade::core::TierOptions;
use copperhead_facade::embed::{FileAccess, Options, Runtime};
use std::cell::RefCell;
use std::ffi::{CStr, c_char, c_int, c_uint, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};

pub type WriteFn = unsafe extern "C" fn(*mut c_void, *const c_char, usize);
pub type LoaderFn =
    unsafe extern "C" fn(*mut c_void, *const c_char, *mut usize, *mut c_int) -> *const c_char;
pub type ReadFn = unsafe extern "C" fn(*mut c_void, *const c_char, *mut usize) -> *const c_char;

/// `ch_options`, field for field.
#[repr(C)]
pub struct ChOptions {
    pub heap_limit: usize,
    pub recursion_limit: usize,
    pub instruction_budget: u64,
    pub native_stack_budget: usize,
    pub tiers: c_uint,
    pub file_access: c_int,
    pub write_stdout: Option<WriteFn>,
    pub write_stderr: Option<WriteFn>,
    pub output_user: *mut c_void,
    pub module_loader: Option<LoaderFn>,
    pub loader_user: *mut c_void,
    pub read_file: Option<ReadFn>,
    pub file_user: *mut c_void,
}

/// CH_TIER_SPECIALIZE | CH_TIER_JIT: the JIT bit only matters once CH_TIER_TIER2 is set.
const TIERS_DEFAULT: c_uint = 5;

fn defaults() -> ChOptions {
    ChOptions {
        heap_limit: 0,
        recursion_limit: 0,
        instruction_budget: 0,
        native_stack_budget: 0,
        // The runtime's defaults: tier 2 is opt-in until it is faster (TierOptions).
        tiers: TIERS_DEFAULT,
        file_access: 0,
        write_stdout: None,
        write_stderr: None,
        output_user: std::ptr::null_mut(),
        module_loader: None,
        loader_user: std::ptr::null_mut(),
        read_file: None,
        file_user: std::ptr::null_mut(),
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_options_init(options: *mut ChOptions) {
    if !options.is_null() {
        // SAFETY: the caller passes a writable ch_options.
        unsafe { options.write(defaults()) };
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn ch_version() -> *const c_char {
    static VERSION: &CStr = c"0.1.0";
    VERSION.as_ptr()
}

/// A host output callback as a Rust closure.
fn writer(f: WriteFn, user: *mut c_void) -> impl Fn(&str) {
    move |s: &str| unsafe { f(user, s.as_ptr() as *const c_char, s.len()) }
}

/// Copies what a host callback returned (it keeps ownership).
unsafe fn copy_out(p: *const c_char, len: usize) -> Option<Vec<u8>> {
    if p.is_null() {
        return None;
    }
    // SAFETY: the callback returned `len` readable bytes.
    Some(unsafe { std::slice::from_raw_parts(p as *const u8, len) }.to_vec())
}

fn to_options(o: &ChOptions) -> Options {
    let mut opts = Options::new()
        .tiers(TierOptions {
            specialize: o.tiers & 1 != 0,
            tier2: o.tiers & 2 != 0,
            jit: o.tiers & 4 != 0,
            stats: false,
            print_traces: false,
        })
        .recursion_limit(if o.recursion_limit == 0 {
            1000
        } else {
            o.recursion_limit
        });
    if o.heap_limit != 0 {
        opts = opts.heap_limit(o.heap_limit);
    }
    if o.instruction_budget != 0 {
        opts = opts.instruction_budget(o.instruction_budget);
    }
    if o.native_stack_budget != 0 {
        opts = opts.native_stack_budget(o.native_stack_budget);
    }
    if let Some(f) = o.write_stdout {
        opts = opts.stdout(writer(f, o.output_user));
    }
    if let Some(f) = o.write_stderr {
        opts = opts.stderr(writer(f, o.output_user));
    }
    if let Some(f) = o.module_loader {
        let user = o.loader_user;
        opts = opts.module_loader(move |name| {
            let c = crate::guard::c_string(name);
            let mut len = 0usize;
            let mut pkg: c_int = 0;
            // SAFETY: the host's callback, called as the header describes.
            let bytes = unsafe { copy_out(f(user, c.as_ptr(), &mut len, &mut pkg), len) }?;
            Some((String::from_utf8(bytes).ok()?, pkg != 0))
        });
    }
    let files = match o.file_access {
        1 => FileAccess::Host,
        2 => match o.read_file {
            Some(f) => {
                let user = o.file_user;
                FileAccess::Read(Box::new(move |path| {
                    let c = crate::guard::c_string(path);
                    let mut len = 0usize;
                    // SAFETY: as above.
                    unsafe { copy_out(f(user, c.as_ptr(), &mut len), len) }
                }))
            }
            None => FileAccess::None,
        },
        _ => FileAccess::None,
    };
    opts.file_access(files)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_runtime_new(options: *const ChOptions) -> *mut Handle {
    let made = catch_unwind(AssertUnwindSafe(|| {
        let opts = if options.is_null() {
            defaults()
        } else {
            // SAFETY: the caller passes an initialized ch_options.
            unsafe { options.read() }
        };
        let rt = Runtime::new(to_options(&opts));
        let interrupt = rt.core().interrupt_flag() as *const _;
        Box::into_raw(Box::new(Handle {
            interrupt,
            rt,
            error: RefCell::new(None),
        }))
    }));
    made.unwrap_or(std::ptr::null_mut())
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_runtime_free(rt: *mut Handle) {
    if rt.is_null() {
        return;
    }
    // SAFETY: made by `ch_runtime_new`, freed once (header contract). The pending error goes
    // first (it holds no runtime values), then the runtime.
    let _ = catch_unwind(AssertUnwindSafe(|| drop(unsafe { Box::from_raw(rt) })));
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_interrupt(rt: *mut Handle) {
    if rt.is_null() {
        return;
    }
    // SAFETY: only the `interrupt` field is read (another thread may be running the runtime),
    // and the flag is atomic.
    unsafe {
        let flag = std::ptr::addr_of!((*rt).interrupt).read();
        (*flag).store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_set_instruction_budget(rt: *mut Handle, ticks: u64) {
    call(rt, (), |h| {
        h.rt.set_instruction_budget((ticks != 0).then_some(ticks));
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_heap_used(rt: *mut Handle) -> usize {
    call(rt, 0, |h| Ok(h.rt.heap_used()))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn ch_collect_garbage(rt: *mut Handle) {
    call(rt, (), |h| {
        h.rt.collect_garbage();
        Ok(())
    })
}
