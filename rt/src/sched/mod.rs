//! Goroutines: N:1 cooperative green threads on the program's one thread.
//!
//! A goroutine is a [`G`]: a stack (`stacks.rs`), a saved stack pointer while it is not running,
//! its chain of active defer frames and panics (`unwind.rs`), and what it waits for. `go f(x)`
//! reaches [`gosub_go`] with a closure that calls `f(x)`; the new goroutine gets a stack whose
//! top is laid out so that switching to it calls the closure (`arch::initial_frame`), and joins
//! the back of the run queue. Nothing preempts: the running goroutine keeps the thread until it
//! blocks in a channel operation or `select` ([`park`]), or exits; then the goroutine at the
//! front of the queue runs (first in, first out), through a direct stack switch of a few
//! instructions (`arch::switch_context`). Waking a goroutine ([`ready`]) only queues it: the
//! waker keeps running, as in gc. One exception stands in for gc's preemption: a `select`
//! that finds no case ready and takes its `default` [`yield_now`]s, so that a goroutine
//! polling in a loop lets the others make the progress it waits for. When `main.main` returns the program ends, whatever the
//! other goroutines are doing.
//!
//! The main goroutine (`goroutine 1`) is the thread's own context: it runs on the stack the
//! entry point set up (`stack.rs`) and is created lazily, the first time anything asks for the
//! current goroutine.
//!
//! Deadlock. With one thread and no timers, a goroutine that blocks while the run queue is
//! empty (or exits, leaving it empty) can never be woken: every goroutine is asleep. The
//! program then prints gc's `fatal error: all goroutines are asleep - deadlock!` followed by
//! each goroutine's wait reason, as gc's traceback headers show them, and exits with status 2.
//!
//! Collection. The collector runs inside an allocation on the running goroutine's stack, which
//! it scans from its current stack pointer as before; [`visit_suspended_stacks`] adds every
//! other goroutine's stack from its saved stack pointer (just below the registers the switch
//! pushed) to its top. Stacks of exited goroutines are not roots.
//!
//! Everything here is per thread: a compiled program has one, and the runtime's tests run
//! goroutines on several test threads at once, each with its own scheduler.

mod stacks;

use crate::stack::Bounds;
use crate::unwind::{DeferFrame, Panic};
use core::cell::UnsafeCell;
use core::mem::ManuallyDrop;
use std::collections::VecDeque;

/// What a goroutine is blocked on; the texts are gc's wait reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    /// Running or runnable.
    None,
    /// Receiving from a channel.
    ChanReceive,
    /// Sending on a channel.
    ChanSend,
    /// Receiving from a nil channel (forever).
    ChanReceiveNil,
    /// Sending on a nil channel (forever).
    ChanSendNil,
    /// In a blocking `select`.
    Select,
    /// In `select {}` (forever).
    SelectNoCases,
}

impl WaitReason {
    /// gc's text for the reason (`goroutine 1 [chan receive]:`).
    pub fn text(self) -> &'static str {
        match self {
            WaitReason::None => "running",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNil => "chan receive (nil chan)",
            WaitReason::ChanSendNil => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
        }
    }
}

/// A goroutine.
pub struct G {
    /// The stack pointer saved by the last switch away from it.
    sp: usize,
    /// Its number (1 for the main goroutine).
    pub id: i64,
    /// Its stack.
    stack: Bounds,
    /// The innermost active defer frame (see `unwind.rs`).
    pub defers: *mut DeferFrame,
    /// The innermost active panic (see `unwind.rs`).
    pub panic: *mut Panic,
    /// The fault behind the current panic, as gc's `[signal ...]` line needs it: signal, code,
    /// address, pc.
    pub signal: Option<[u64; 4]>,
    /// Set while the goroutine prints its fatal panic report.
    pub dying: bool,
    /// What it is blocked on.
    pub wait: WaitReason,
    /// The channel operation that woke it (see `chan/`), valid after a channel park.
    pub woken: *mut crate::chan::Waiter,
    /// Its fmt method guard (see `guard.rs`) while it is not running.
    guard: (usize, usize),
    /// Its index in the scheduler's list of live goroutines.
    index: usize,
}

impl G {
    /// A goroutine with the given number and stack, not yet started.
    fn new(id: i64, stack: Bounds) -> G {
        G {
            sp: 0,
            id,
            stack,
            defers: core::ptr::null_mut(),
            panic: core::ptr::null_mut(),
            signal: None,
            dying: false,
            wait: WaitReason::None,
            woken: core::ptr::null_mut(),
            guard: (0, 0),
            index: 0,
        }
    }
}

/// The scheduler of one thread.
struct Scheduler {
    /// The running goroutine (null until first asked for).
    current: *mut G,
    /// Runnable goroutines, in the order they run.
    runq: VecDeque<*mut G>,
    /// Every live goroutine, the running one included.
    all: Vec<*mut G>,
    /// Goroutine records of exited goroutines, for reuse.
    free: Vec<*mut G>,
    /// The number of the next goroutine.
    next_id: i64,
    /// Goroutine stacks.
    stacks: stacks::Pool,
    /// State of the random number generator (`select`'s choices).
    random: u64,
    /// Where an exiting goroutine's last switch stores its (dead) stack pointer.
    discard: usize,
}

thread_local! {
    /// The thread's scheduler, never dropped (it lives as long as the thread's goroutines); in
    /// `ManuallyDrop` so that reaching it is a plain thread-local access, with no destructor
    /// registration to check.
    static SCHEDULER: UnsafeCell<ManuallyDrop<Scheduler>> = const {
        UnsafeCell::new(ManuallyDrop::new(Scheduler {
            current: core::ptr::null_mut(),
            runq: VecDeque::new(),
            all: Vec::new(),
            free: Vec::new(),
            next_id: 2,
            stacks: stacks::Pool::new(),
            random: 0,
            discard: 0,
        }))
    };
}

/// The calling thread's scheduler.
fn scheduler() -> *mut Scheduler {
    SCHEDULER.with(|cell| cell.get() as *mut Scheduler)
}

/// The running goroutine, creating the main goroutine's record on first use.
#[inline]
pub fn current() -> *mut G {
    let scheduler = scheduler();
    // SAFETY: the scheduler is only touched by its own thread, never across a switch.
    unsafe {
        if (*scheduler).current.is_null() {
            adopt_thread(&mut *scheduler);
        }
        (*scheduler).current
    }
}

/// The running goroutine's number (1 while the scheduler is unused); allocates nothing, so the
/// fault handler may call it.
pub fn current_id() -> i64 {
    let scheduler = scheduler();
    // SAFETY: a read of this thread's scheduler.
    unsafe {
        match (*scheduler).current {
            g if g.is_null() => 1,
            g => (*g).id,
        }
    }
}

/// Makes the thread's running context the main goroutine.
#[cold]
fn adopt_thread(scheduler: &mut Scheduler) {
    let mut stack = crate::stack::current();
    if stack.high == 0 {
        // A thread that never entered `main` (a test): its own stack.
        let probe = 0usize;
        stack = crate::stack::thread_stack(&probe as *const usize as usize);
        crate::stack::set_current(stack);
    }
    let main = Box::leak(Box::new(G::new(1, stack)));
    scheduler.all.push(main);
    scheduler.current = main;
    // The seed only needs to differ between runs, as gc's does.
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut time) };
    scheduler.random = (time.tv_nsec as u64 ^ (time.tv_sec as u64).rotate_left(32)) | 1;
}

/// Calls the Go closure `closure` (no arguments, no results).
pub unsafe fn call_closure(closure: *mut u8) {
    let code: unsafe extern "C" fn(*mut u8) = core::mem::transmute(*(closure as *const usize));
    code(closure)
}

/// `go` statement: starts a goroutine running the closure `closure` (which takes no arguments
/// and returns nothing); it runs once the current goroutine and those queued before it block.
#[no_mangle]
pub unsafe extern "C" fn gosub_go(closure: *mut u8) {
    current();
    let scheduler = &mut *scheduler();
    let record = G::new(scheduler.next_id, scheduler.stacks.take());
    scheduler.next_id += 1;
    let g = match scheduler.free.pop() {
        Some(g) => {
            *g = record;
            g
        }
        None => Box::leak(Box::new(record)),
    };
    let stack = (*g).stack;
    (*g).sp = crate::arch::initial_frame(stack.high, closure, goroutine_main);
    (*g).index = scheduler.all.len();
    scheduler.all.push(g);
    scheduler.runq.push_back(g);
}

/// The body of every goroutine but the first: runs its closure, then exits.
unsafe extern "C" fn goroutine_main(closure: *mut u8) -> ! {
    call_closure(closure);
    exit_current()
}

/// Ends the running goroutine (its function returned) and runs the next one.
unsafe fn exit_current() -> ! {
    let scheduler = &mut *scheduler();
    let g = scheduler.current;
    let last = scheduler.all.pop().expect("the exiting goroutine is live");
    if last != g {
        scheduler.all[(*g).index] = last;
        (*last).index = (*g).index;
    }
    // The stack stays mapped and untouched until the next `go` statement, which runs only
    // after the switch below has left it.
    scheduler.stacks.give((*g).stack);
    scheduler.free.push(g);
    let Some(next) = scheduler.runq.pop_front() else {
        deadlock(scheduler)
    };
    let discard: *mut usize = &mut scheduler.discard;
    enter(scheduler, next);
    crate::arch::switch_context(discard, (*next).sp);
    unreachable!("an exited goroutine was resumed")
}

/// Installs `next` as the running goroutine (before the switch to it).
unsafe fn enter(scheduler: &mut Scheduler, next: *mut G) {
    scheduler.current = next;
    crate::stack::set_current((*next).stack);
    crate::guard::restore((*next).guard);
}

/// Blocks the running goroutine for `reason` until [`ready`] queues it again and its turn
/// comes; meanwhile the next runnable goroutine runs. With none, the program is deadlocked.
pub unsafe fn park(reason: WaitReason) {
    let g = current();
    let scheduler = &mut *scheduler();
    (*g).wait = reason;
    let Some(next) = scheduler.runq.pop_front() else {
        deadlock(scheduler)
    };
    (*g).guard = crate::guard::save();
    enter(scheduler, next);
    crate::arch::switch_context(&mut (*g).sp, (*next).sp);
    (*g).wait = WaitReason::None;
}

/// Lets the runnable goroutines run before the running one continues (it goes to the back of
/// the run queue); nothing happens when none is runnable.
pub unsafe fn yield_now() {
    let g = current();
    let scheduler = &mut *scheduler();
    let Some(next) = scheduler.runq.pop_front() else {
        return;
    };
    scheduler.runq.push_back(g);
    (*g).guard = crate::guard::save();
    enter(scheduler, next);
    crate::arch::switch_context(&mut (*g).sp, (*next).sp);
}

/// Makes the parked goroutine `g` runnable (at the back of the run queue).
pub unsafe fn ready(g: *mut G) {
    (*scheduler()).runq.push_back(g);
}

/// A uniformly distributed number in `0..n` (`n > 0`), for `select`.
pub fn random_below(n: usize) -> usize {
    current();
    // SAFETY: a plain update of this thread's generator state (seeded by `current`).
    let state = unsafe { &mut (*scheduler()).random };
    // xorshift64*, then Lemire's multiply-shift reduction.
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    let bits = state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 32;
    ((bits * n as u64) >> 32) as usize
}

/// Reports that every goroutine is asleep, as gc does, and exits with status 2.
fn deadlock(scheduler: &Scheduler) -> ! {
    let mut out = b"fatal error: all goroutines are asleep - deadlock!\n".to_vec();
    let mut goroutines: Vec<(i64, WaitReason)> = scheduler
        .all
        .iter()
        // SAFETY: live goroutine records.
        .map(|&g| unsafe { ((*g).id, (*g).wait) })
        .collect();
    goroutines.sort_by_key(|&(id, _)| id);
    for (id, reason) in goroutines {
        out.extend_from_slice(&crate::panic::traceback(id, reason.text()));
    }
    crate::panic::die(&out)
}

/// Calls `visit(low, high)` for the live part of every goroutine stack but the running one's:
/// from the saved stack pointer (below the saved registers) to the top.
pub fn visit_suspended_stacks(visit: &mut dyn FnMut(usize, usize)) {
    let scheduler = scheduler();
    // SAFETY: the collector runs on this thread while no goroutine switches.
    unsafe {
        for &g in &(*scheduler).all {
            if g != (*scheduler).current {
                visit((*g).sp, (*g).stack.high);
            }
        }
    }
}

#[cfg(test)]
mod tests;
