//! `select`, as gc's `selectgo`.
//!
//! The compiler passes a table of cases (`{ch, is_send, elem}`, 24 bytes each) and whether
//! there is a `default`. The cases are polled in a random order (a fresh Fisher–Yates
//! permutation per call), so that when several are ready each is chosen with equal
//! probability; the first ready one completes: a send with a waiting receiver or buffer space
//! (or on a closed channel: it panics), a receive with a waiting sender, a buffered value or a
//! closed channel. Nil channels are never ready. If none is ready, `default` is taken if
//! present (after letting the other runnable goroutines run: a polling loop would otherwise
//! never let them, as nothing preempts it); otherwise the goroutine queues one waiter per non-nil case, as one group, and
//! parks until an operation on one of those channels completes it (taking the group out of
//! every queue).
//!
//! gc compiles a `select` with a single case and no default as the plain channel operation;
//! this runtime receives it as a table, and runs it as the plain operation too, so that a
//! deadlock reports the same wait reason (`chan receive`, not `select`). `select {}` blocks
//! forever (`select (no cases)`).

use super::{
    block, block_forever, gosub_chan_recv, gosub_chan_send, try_recv, try_send, Chan, Waiter,
};
use crate::sched::{self, random_below, WaitReason};
use core::mem::MaybeUninit;

/// One `select` case, as the compiler lays it out (24 bytes).
#[repr(C)]
pub struct SelectCase {
    /// The channel (may be nil).
    pub ch: *mut u8,
    /// 1 for a send, 0 for a receive.
    pub is_send: i64,
    /// The value to send, or the (zeroed) buffer to receive into.
    pub elem: *mut u8,
}

/// The outcome of a `select`, returned in two registers.
#[repr(C)]
pub struct SelectResult {
    /// The index of the case that ran, or -1 for `default`.
    pub chosen: i64,
    /// For a receive case: whether a value was received (false: closed channel).
    pub recv_ok: i64,
}

/// Cases up to this many are handled without allocating.
const INLINE_CASES: usize = 8;

/// Runs `case` if it can complete without blocking: `Some(ok)` (`ok` is false for sends).
unsafe fn try_case(case: &SelectCase) -> Option<bool> {
    let chan = case.ch as *mut Chan;
    if chan.is_null() {
        return None;
    }
    if case.is_send != 0 {
        try_send(&mut *chan, case.elem).then_some(false)
    } else {
        try_recv(&mut *chan, case.elem)
    }
}

/// `select` over the `n` cases at `cases`, with a `default` clause when `has_default != 0`.
#[no_mangle]
pub unsafe extern "C" fn gosub_select(
    cases: *const SelectCase,
    n: i64,
    has_default: i64,
) -> SelectResult {
    let cases: &[SelectCase] = if n <= 0 {
        &[]
    } else {
        core::slice::from_raw_parts(cases, n as usize)
    };
    let has_default = has_default != 0;
    match (cases, has_default) {
        ([], false) => block_forever(WaitReason::SelectNoCases),
        ([case], false) if case.is_send != 0 => {
            gosub_chan_send(case.ch, case.elem);
            return SelectResult {
                chosen: 0,
                recv_ok: 0,
            };
        }
        ([case], false) => {
            let ok = gosub_chan_recv(case.ch, case.elem);
            return SelectResult {
                chosen: 0,
                recv_ok: ok as i64,
            };
        }
        _ => {}
    }
    let mut inline_order = [0u32; INLINE_CASES];
    let mut heap_order = Vec::new();
    let order: &mut [u32] = if cases.len() <= INLINE_CASES {
        &mut inline_order[..cases.len()]
    } else {
        heap_order.resize(cases.len(), 0);
        &mut heap_order
    };
    for index in 0..order.len() {
        let other = random_below(index + 1);
        order[index] = order[other];
        order[other] = index as u32;
    }
    for &index in order.iter() {
        if let Some(ok) = try_case(&cases[index as usize]) {
            return SelectResult {
                chosen: index as i64,
                recv_ok: ok as i64,
            };
        }
    }
    if has_default {
        sched::yield_now();
        return SelectResult {
            chosen: -1,
            recv_ok: 0,
        };
    }
    let waiting = cases
        .iter()
        .enumerate()
        .filter(|(_, case)| !case.ch.is_null())
        .map(|(index, case)| Waiter::new(case.ch.cast(), case.elem, case.is_send != 0, index));
    let mut inline_waiters = [const { MaybeUninit::<Waiter>::uninit() }; INLINE_CASES];
    let mut heap_waiters = Vec::new();
    let waiters: &mut [Waiter] = if cases.len() <= INLINE_CASES {
        let mut count = 0;
        for waiter in waiting {
            inline_waiters[count].write(waiter);
            count += 1;
        }
        core::slice::from_raw_parts_mut(inline_waiters.as_mut_ptr().cast(), count)
    } else {
        heap_waiters.extend(waiting);
        &mut heap_waiters
    };
    if waiters.is_empty() {
        block_forever(WaitReason::Select);
    }
    let woken = block(waiters, WaitReason::Select);
    if (*woken).is_send && !(*woken).success {
        super::send_on_closed();
    }
    SelectResult {
        chosen: (*woken).case as i64,
        recv_ok: (!(*woken).is_send && (*woken).success) as i64,
    }
}
