//! `defer`, `panic` and `recover`.
//!
//! The compiler outlines every function containing `defer`: the function zeroes a
//! [`DeferFrame`] (on its stack or in the heap) and calls `gosub_run_deferring(body, frame)`,
//! where `body` is a closure running the function's statements; `defer f(x)` becomes
//! [`gosub_defer_push`]`(frame, closure)` with a closure that calls `f` with the already
//! evaluated `x`, `recover()` becomes `gosub_recover()`, and before each of its returns the
//! body calls [`gosub_run_defers`]`(frame)`, which runs the deferred closures, last in first
//! out, while the body's frame (where those closures, and what they use, may live) is intact.
//! Results live in memory both the body and the deferred closures reach, so deferred closures
//! can change named results.
//!
//! `gosub_run_deferring` (assembly, `arch/`) is a setjmp: it saves the callee-saved registers
//! on the stack, records the stack pointer and a landing address in the frame, and calls
//! [`deferring_run`], which links the frame into the running goroutine's chain of active
//! frames, runs the body, runs whatever deferred closures are left ([`deferring_finish`]),
//! unlinks the frame and returns.
//!
//! A panic ([`raise`]: the builtin `panic`, every runtime error, and nil dereferences, which
//! the fault handler turns into an ordinary call of `signal::sigpanic` on the faulting stack)
//! pushes a [`Panic`] record, living in `raise`'s own frame, onto the goroutine's panic chain
//! and then runs deferred closures, innermost active frame first, each frame's last in first
//! out, dropping frames as they empty. The deferred calls run on top of the panicking frames,
//! which stay intact below them, as in gc. A deferred closure that calls `recover()` marks the
//! innermost panic recovered and gets its value; when that closure returns, the panic is over:
//! `raise` drops every panic record that lies in the frames about to be abandoned, runs the
//! frame's remaining deferred closures (still on top of the intact stack: they may live in the
//! body's frame; a panic among them is a new panic), and longjmps into the frame
//! ([`crate::arch::resume_deferring`]): the stack pointer is reset to the one recorded, and
//! `gosub_run_deferring` unlinks the frame and returns normally to the compiled function,
//! which returns its (possibly updated) results. A deferred closure that panics starts a new
//! panic from there, which continues with the remaining deferred calls; the older panic stays
//! on the chain (aborted, or recovered if it was) for the report. A nil dereference inside a
//! deferred call, or anywhere, works the same way since the fault handler only redirects the
//! faulting context to `sigpanic` and returns.
//!
//! `recover()` returns nil unless it is called directly by the deferred function: gc's rule
//! is exactly one non-wrapper frame between the panic and `recover`. Deferred closures are
//! called through `arch::call_deferred`, which places a frame record whose address is the
//! panic's *marker*; compiled code keeps frame pointers, so `recover` walks from its caller's
//! frame pointer: if the caller's saved frame pointer is the innermost panic's marker, or the
//! frame of a wrapper the deferred call went through, the call qualifies. The wrappers the
//! compiler makes (for `defer f(x)`, method values, interface calls of value methods) call
//! `gosub_defer_wrapper()` first when the program uses `recover`: a wrapper called by the
//! deferred call machinery, or by such a wrapper, becomes the panic's wrapper frame.
//!
//! No frame recovers: the goroutine prints gc's report (every panic on the chain, oldest first,
//! marked `[recovered]` or `[recovered, repanicked]`, the `[signal ...]` line of a fault, the
//! traceback header) and the program exits with status 2. Before that, a panic inside a
//! guarded fmt method call (`guard.rs`) that no frame inside the call recovers ends the call
//! instead, as fmt's own deferred `recover` does in gc.

use crate::abi::{Iface, DEFER_FRAME_BYTES};
use crate::arch::{call_deferred, resume_deferring};
use crate::sched::{self, call_closure, G};

/// Closures a frame holds inline; more go to an overflow array in the heap.
const INLINE_SLOTS: usize = DEFER_FRAME_BYTES as usize / 8 - 5;

/// A defer frame: the compiler's zeroed `DEFER_FRAME_BYTES` (`abi.rs`).
#[repr(C)]
pub struct DeferFrame {
    /// The enclosing active frame of the same goroutine.
    link: *mut DeferFrame,
    /// The stack pointer `gosub_run_deferring` recorded (offset [`FRAME_SAVED_SP`]).
    saved_sp: usize,
    /// Where to resume it after a recovery (offset [`FRAME_LANDING`]).
    landing: usize,
    /// Deferred closures pending.
    count: usize,
    /// The closures beyond the inline ones: a pointer-holding heap array whose first word is
    /// its capacity (null until needed).
    overflow: *mut usize,
    /// The first closures.
    slots: [*mut u8; INLINE_SLOTS],
}

const _: () = assert!(core::mem::size_of::<DeferFrame>() == DEFER_FRAME_BYTES as usize);

/// Offset of [`DeferFrame`]'s recorded stack pointer (used by the assembly).
pub const FRAME_SAVED_SP: usize = 8;
/// Offset of [`DeferFrame`]'s landing address (used by the assembly).
pub const FRAME_LANDING: usize = 16;

impl DeferFrame {
    /// Appends a deferred closure.
    unsafe fn push(&mut self, closure: *mut u8) {
        let index = self.count;
        if index < INLINE_SLOTS {
            self.slots[index] = closure;
        } else {
            let extra = index - INLINE_SLOTS;
            if self.overflow.is_null() || extra >= *self.overflow {
                self.grow(extra + 1);
            }
            *self.overflow.add(1 + extra) = closure as usize;
        }
        self.count = index + 1;
    }

    /// Makes the overflow array hold at least `needed` closures (doubling).
    unsafe fn grow(&mut self, needed: usize) {
        let capacity = needed.max(INLINE_SLOTS).next_power_of_two();
        let array = crate::alloc::gosub_alloc(8 * (1 + capacity as u64), 8, 1) as *mut usize;
        *array = capacity;
        if !self.overflow.is_null() {
            core::ptr::copy_nonoverlapping(self.overflow.add(1), array.add(1), *self.overflow);
        }
        self.overflow = array;
    }

    /// Takes the most recently deferred closure (clearing its slot for the collector).
    unsafe fn pop(&mut self) -> Option<*mut u8> {
        let index = self.count.checked_sub(1)?;
        self.count = index;
        let slot = if index < INLINE_SLOTS {
            &mut self.slots[index]
        } else {
            &mut *(self.overflow.add(1 + index - INLINE_SLOTS) as *mut *mut u8)
        };
        Some(core::mem::replace(slot, core::ptr::null_mut()))
    }
}

/// `defer`: records `closure` to run when the function owning `frame` returns or panics.
#[no_mangle]
pub unsafe extern "C" fn gosub_defer_push(frame: *mut DeferFrame, closure: *mut u8) {
    (*frame).push(closure)
}

/// Called by `gosub_run_deferring`: links `frame`, runs the body, then the deferred closures.
pub unsafe extern "C" fn deferring_run(body: *mut u8, frame: *mut DeferFrame) {
    let g = sched::current();
    (*frame).link = (*g).defers;
    (*g).defers = frame;
    call_closure(body);
    deferring_finish(frame)
}

/// Runs `frame`'s pending deferred closures, last in first out.
unsafe fn run_pending(frame: *mut DeferFrame) {
    let mut unused = 0;
    while let Some(closure) = (*frame).pop() {
        call_deferred(closure, &mut unused);
    }
}

/// Runs `frame`'s pending deferred closures, last in first out: the outlined body calls this
/// before it returns, while its own frame, where the closures and what they use may live, is
/// still intact.
#[no_mangle]
pub unsafe extern "C" fn gosub_run_defers(frame: *mut DeferFrame) {
    run_pending(frame)
}

/// Runs what is left of `frame`'s deferred closures and unlinks it (after the body returned,
/// or at the landing after a recovery).
pub unsafe extern "C" fn deferring_finish(frame: *mut DeferFrame) {
    run_pending(frame);
    (*sched::current()).defers = (*frame).link;
}

/// An active panic, in `raise`'s frame.
pub struct Panic {
    /// The value given to `panic`.
    value: Iface,
    /// The next older active panic of the goroutine.
    link: *mut Panic,
    /// While this panic runs a deferred closure: the frame record below that closure's frame.
    marker: usize,
    /// While this panic runs a deferred closure: the frame of the innermost compiler-made
    /// wrapper that closure went through (0: none).
    wrapper: usize,
    /// Whether a deferred closure recovered it.
    recovered: bool,
}

/// Starts a panic with `value` on the running goroutine (see the module comment).
pub unsafe fn raise(value: Iface) -> ! {
    let g = sched::current();
    let value = if value.tab.is_null() {
        let message = b"runtime error: panic called with nil argument";
        crate::builtin_types::runtime_error(&crate::builtin_types::PANIC_NIL_ERROR, message)
    } else {
        value
    };
    if (*g).dying {
        printing_panicked(g, value);
    }
    let mut record = Panic {
        value,
        link: (*g).panic,
        marker: 0,
        wrapper: 0,
        recovered: false,
    };
    let panic: *mut Panic = &mut record;
    (*g).panic = panic;
    loop {
        let frame = (*g).defers;
        let (guard, _) = crate::guard::save();
        if guard != 0 && (frame.is_null() || guard < (*frame).saved_sp) {
            drop_panics_below(g, guard);
            crate::guard::abandon(crate::fmt::sprint_value(&value));
        }
        if frame.is_null() {
            fatal(g);
        }
        let Some(closure) = (*frame).pop() else {
            (*g).defers = (*frame).link;
            continue;
        };
        (*panic).wrapper = 0;
        call_deferred(closure, &mut (*panic).marker);
        (*panic).marker = 0;
        (*panic).wrapper = 0;
        if (*panic).recovered {
            drop_panics_below(g, (*frame).saved_sp);
            run_pending(frame);
            resume_deferring(frame);
        }
    }
}

/// Forgets the goroutine's panics whose records lie below `sp` (in frames being abandoned);
/// with none left, the fault behind them is forgotten too.
unsafe fn drop_panics_below(g: *mut G, sp: usize) {
    let mut panic = (*g).panic;
    while !panic.is_null() && (panic as usize) < sp {
        panic = (*panic).link;
    }
    (*g).panic = panic;
    if panic.is_null() {
        (*g).signal = None;
    }
}

/// The nil interface.
const NIL: Iface = Iface {
    tab: core::ptr::null(),
    data: core::ptr::null_mut(),
};

/// The frame pointer saved in the frame record at `fp`, if `fp` lies on the running stack.
unsafe fn saved_frame_pointer(fp: usize) -> usize {
    let stack = crate::stack::current();
    if fp.is_multiple_of(8) && stack.low <= fp && fp + 8 <= stack.high {
        *(fp as *const usize)
    } else {
        0
    }
}

/// `recover()`, called from the function whose frame pointer is `fp` (via `gosub_recover`).
pub unsafe extern "C" fn recover_from(fp: usize) -> Iface {
    let g = sched::current();
    let panic = (*g).panic;
    if panic.is_null() || (*panic).recovered || (*panic).marker == 0 {
        return NIL;
    }
    let parent = saved_frame_pointer(fp);
    if parent != (*panic).marker && (parent != (*panic).wrapper || parent == 0) {
        return NIL;
    }
    (*panic).recovered = true;
    (*panic).value
}

/// A compiler-made wrapper whose frame pointer is `fp` was entered (via
/// `gosub_defer_wrapper`): if the deferred call machinery, or a wrapper it called, called it,
/// the functions it calls may recover.
pub unsafe extern "C" fn wrapper_entered(fp: usize) {
    let panic = (*sched::current()).panic;
    if panic.is_null() || (*panic).marker == 0 {
        return;
    }
    let parent = saved_frame_pointer(fp);
    if parent == (*panic).marker || (parent != 0 && parent == (*panic).wrapper) {
        (*panic).wrapper = fp;
    }
}

/// One panic of a report.
pub struct Reported {
    /// The panic's value.
    pub value: Iface,
    /// Whether it was recovered.
    pub recovered: bool,
}

/// gc's `printpanics` for `chain` (oldest first): one `panic: ` line per panic, later ones
/// indented by a tab, a panic repeated by the next one's `panic(recover())` printed once.
pub unsafe fn panic_lines(chain: &[Reported]) -> Vec<u8> {
    let repanicked: Vec<bool> = (0..chain.len())
        .map(|index| {
            chain.get(index + 1).is_some_and(|next| {
                next.value.tab == chain[index].value.tab
                    && next.value.data == chain[index].value.data
            })
        })
        .collect();
    let mut out = Vec::new();
    for (index, panic) in chain.iter().enumerate() {
        if index > 0 {
            if repanicked[index - 1] {
                continue;
            }
            out.push(b'\t');
        }
        out.extend_from_slice(b"panic: ");
        let message =
            crate::panic_message::panic_value_message(panic.value.tab.cast(), panic.value.data);
        out.extend_from_slice(&message);
        match (panic.recovered, repanicked[index]) {
            (true, true) => out.extend_from_slice(b" [recovered, repanicked]"),
            (true, false) => out.extend_from_slice(b" [recovered]"),
            _ => {}
        }
        out.push(b'\n');
    }
    out
}

/// Prints the report of the goroutine's unrecovered panic and exits with status 2.
unsafe fn fatal(g: *mut G) -> ! {
    (*g).dying = true;
    let mut chain = Vec::new();
    let mut panic = (*g).panic;
    while !panic.is_null() {
        chain.push(Reported {
            value: (*panic).value,
            recovered: (*panic).recovered,
        });
        panic = (*panic).link;
    }
    chain.reverse();
    let mut out = panic_lines(&chain);
    if let Some([signal, code, address, pc]) = (*g).signal {
        out.extend_from_slice(&crate::panic_message::signal_line(
            signal as i32,
            code as i64,
            address,
            pc,
        ));
        out.push(b'\n');
    }
    out.extend_from_slice(&crate::panic::traceback((*g).id, "running"));
    crate::panic::die(&out)
}

/// A panic raised by an `Error` or `String` method while the report was being printed: gc's
/// `panic while printing panic value` fatal error.
unsafe fn printing_panicked(g: *mut G, value: Iface) -> ! {
    let mut out = b"fatal error: panic while printing panic value: ".to_vec();
    let typ = &*(value.tab as *const crate::abi::TypeDesc);
    if typ.kind == crate::abi::kind::STRING && typ.name.as_bytes() == b"string" {
        out.extend_from_slice((*(value.data as *const crate::abi::GoString)).as_bytes());
    } else {
        out.extend_from_slice(b"type ");
        out.extend_from_slice(typ.name.as_bytes());
    }
    out.push(b'\n');
    out.extend_from_slice(&crate::panic::traceback((*g).id, "running"));
    crate::panic::die(&out)
}

#[cfg(test)]
mod tests;
