//! Channels, with gc's semantics (`runtime/chan.go`) on the cooperative scheduler.
//!
//! A channel is one heap object: a [`Chan`] header followed by the ring buffer of `cap`
//! elements. The header holds no heap pointers (its queues point into goroutine stacks), so the
//! object is pointer-free, and never scanned, exactly when the element type is: buffered
//! values stay visible to the collector for as long as the channel is reachable, and a
//! million-slot `chan int` costs no scanning.
//!
//! Blocked goroutines wait in the channel's receive or send queue as [`Waiter`]s living in the
//! blocked goroutine's own stack frame (gc's `sudog`s, without the allocation): the element
//! address (the value to send, or the buffer to receive into, both in the compiled caller's
//! frame), the goroutine, and for `select` the group of waiters the goroutine queued, one per
//! case. An operation that finds a partner in a queue completes both sides at once, copying
//! the element directly between the two goroutines' buffers, and makes the partner runnable;
//! waking one waiter of a `select` first takes the whole group out of every queue, so a select
//! fires at most once. Since only one goroutine runs at a time, none of this needs a lock.
//!
//! Semantics, as gc: an unbuffered send completes only with a receiver; a buffered channel is
//! a FIFO; receiving from a closed channel drains the buffer, then yields the zero value and
//! `ok == false`; sending on a closed channel panics (also for a sender blocked when the
//! channel is closed); closing a nil or closed channel panics; operations on a nil channel
//! block forever (and count for deadlock detection). Values are copied with the element
//! type's size, whatever they contain.

mod select;

use crate::abi::TypeDesc;
use crate::sched::{self, WaitReason, G};

/// A channel's header (the element buffer follows it).
#[repr(C)]
pub struct Chan {
    /// Element size in bytes.
    elem_size: usize,
    /// Capacity in elements (0: unbuffered).
    cap: usize,
    /// Buffered elements.
    count: usize,
    /// Index of the oldest buffered element.
    head: usize,
    /// Whether the channel was closed.
    closed: bool,
    /// Goroutines blocked receiving.
    recvq: Queue,
    /// Goroutines blocked sending.
    sendq: Queue,
}

/// Size of the header, a multiple of 8 (every element type's alignment divides it).
const HEADER_BYTES: usize = core::mem::size_of::<Chan>();

/// gc's largest channel buffer (`maxAlloc`, 2^48 bytes, less the header).
const MAX_BUFFER_BYTES: u64 = (1 << 48) - HEADER_BYTES as u64;

/// A queue of waiters (doubly linked through the waiters).
#[repr(C)]
struct Queue {
    first: *mut Waiter,
    last: *mut Waiter,
}

/// A goroutine blocked in a channel operation (one per case for `select`).
#[repr(C)]
pub struct Waiter {
    /// The blocked goroutine.
    g: *mut G,
    /// The value to send, or where to store the received one (null: discard).
    elem: *mut u8,
    /// The channel it waits on.
    chan: *mut Chan,
    /// Whether it waits to send.
    is_send: bool,
    /// Set when woken: true if a value was transferred, false if the channel was closed.
    success: bool,
    /// The `select` case it stands for (0 for a plain operation).
    case: usize,
    /// Neighbours in the channel's queue.
    prev: *mut Waiter,
    next: *mut Waiter,
    /// The waiters the goroutine queued together (itself for a plain operation), all taken out
    /// of their queues when one of them is woken.
    group: *mut Waiter,
    /// The size of the group.
    group_len: usize,
}

impl Waiter {
    /// A waiter of the running goroutine (its group is set by [`block`]).
    fn new(chan: *mut Chan, elem: *mut u8, is_send: bool, case: usize) -> Waiter {
        Waiter {
            g: sched::current(),
            elem,
            chan,
            is_send,
            success: false,
            case,
            prev: core::ptr::null_mut(),
            next: core::ptr::null_mut(),
            group: core::ptr::null_mut(),
            group_len: 0,
        }
    }
}

impl Queue {
    /// Appends `waiter`.
    unsafe fn push(&mut self, waiter: *mut Waiter) {
        (*waiter).prev = self.last;
        (*waiter).next = core::ptr::null_mut();
        if self.last.is_null() {
            self.first = waiter;
        } else {
            (*self.last).next = waiter;
        }
        self.last = waiter;
    }

    /// Takes `waiter` out of the queue.
    unsafe fn remove(&mut self, waiter: *mut Waiter) {
        let (prev, next) = ((*waiter).prev, (*waiter).next);
        if prev.is_null() {
            self.first = next;
        } else {
            (*prev).next = next;
        }
        if next.is_null() {
            self.last = prev;
        } else {
            (*next).prev = prev;
        }
    }

    /// Takes the oldest waiter out, with the rest of its group.
    unsafe fn pop(&mut self) -> Option<*mut Waiter> {
        let waiter = self.first;
        if waiter.is_null() {
            return None;
        }
        self.remove(waiter);
        dequeue_group(waiter);
        Some(waiter)
    }
}

impl Chan {
    /// The queue `waiter` waits in.
    unsafe fn queue(&mut self, waiter: *const Waiter) -> &mut Queue {
        if (*waiter).is_send {
            &mut self.sendq
        } else {
            &mut self.recvq
        }
    }

    /// The address of buffer slot `index`.
    unsafe fn slot(&mut self, index: usize) -> *mut u8 {
        (self as *mut Chan as *mut u8).add(HEADER_BYTES + index * self.elem_size)
    }

    /// Copies an element from `from` to `to` (either may be null: nothing to copy).
    unsafe fn copy(&self, from: *const u8, to: *mut u8) {
        if !from.is_null() && !to.is_null() {
            core::ptr::copy(from, to, self.elem_size);
        }
    }

    /// Zeroes the element at `to` (if any).
    unsafe fn clear(&self, to: *mut u8) {
        if !to.is_null() {
            core::ptr::write_bytes(to, 0, self.elem_size);
        }
    }
}

/// Takes the other waiters of `waiter`'s group out of their queues.
unsafe fn dequeue_group(waiter: *mut Waiter) {
    for index in 0..(*waiter).group_len {
        let other = (*waiter).group.add(index);
        if other != waiter {
            let chan = (*other).chan;
            (*chan).queue(other).remove(other);
        }
    }
}

/// Completes `waiter` (already out of its queue): records the outcome and makes its
/// goroutine runnable.
unsafe fn wake(waiter: *mut Waiter, success: bool) {
    (*waiter).success = success;
    (*(*waiter).g).woken = waiter;
    sched::ready((*waiter).g);
}

/// Queues the running goroutine's `waiters` (one group) and parks it; returns the waiter that
/// was woken.
unsafe fn block(waiters: &mut [Waiter], reason: WaitReason) -> *mut Waiter {
    let (group, group_len) = (waiters.as_mut_ptr(), waiters.len());
    for index in 0..group_len {
        let waiter = group.add(index);
        (*waiter).group = group;
        (*waiter).group_len = group_len;
        (*(*waiter).chan).queue(waiter).push(waiter);
    }
    sched::park(reason);
    (*sched::current()).woken
}

/// Blocks the running goroutine forever (a nil channel, `select {}`).
unsafe fn block_forever(reason: WaitReason) -> ! {
    sched::park(reason);
    unreachable!("a goroutine blocked forever was woken")
}

/// Panics with gc's `send on closed channel`.
fn send_on_closed() -> ! {
    crate::panic::fail_plain(b"send on closed channel")
}

/// Sends `*elem` on `chan` if that can be done without blocking; panics if it is closed.
unsafe fn try_send(chan: &mut Chan, elem: *const u8) -> bool {
    if chan.closed {
        send_on_closed();
    }
    if let Some(receiver) = chan.recvq.pop() {
        chan.copy(elem, (*receiver).elem);
        wake(receiver, true);
        return true;
    }
    if chan.count < chan.cap {
        let tail = (chan.head + chan.count) % chan.cap;
        let slot = chan.slot(tail);
        chan.copy(elem, slot);
        chan.count += 1;
        return true;
    }
    false
}

/// Receives from `chan` into `buf` if that can be done without blocking: `Some(ok)`.
unsafe fn try_recv(chan: &mut Chan, buf: *mut u8) -> Option<bool> {
    if let Some(sender) = chan.sendq.pop() {
        if chan.cap == 0 {
            chan.copy((*sender).elem, buf);
        } else {
            // The buffer is full: take its oldest element, append the sender's.
            let head = chan.slot(chan.head);
            chan.copy(head, buf);
            chan.copy((*sender).elem, head);
            chan.head = (chan.head + 1) % chan.cap;
        }
        wake(sender, true);
        return Some(true);
    }
    if chan.count > 0 {
        let head = chan.slot(chan.head);
        chan.copy(head, buf);
        chan.clear(head);
        chan.head = (chan.head + 1) % chan.cap;
        chan.count -= 1;
        return Some(true);
    }
    if chan.closed {
        chan.clear(buf);
        return Some(false);
    }
    None
}

/// `make(chan T, size)` for the channel type `chan_type` (negative or huge sizes panic with
/// gc's `makechan: size out of range`).
#[no_mangle]
pub unsafe extern "C" fn gosub_chan_make(chan_type: *const TypeDesc, size: i64) -> *mut u8 {
    let elem = &*(*chan_type).elem;
    let bytes = (size as u64).checked_mul(elem.size);
    if size < 0 || bytes.is_none_or(|bytes| bytes > MAX_BUFFER_BYTES) {
        crate::panic::fail_plain(b"makechan: size out of range");
    }
    let has_pointers = (elem.flags & crate::abi::FLAG_HAS_POINTERS != 0) as u64;
    let total = HEADER_BYTES as u64 + bytes.unwrap_or(0);
    let chan = crate::alloc::gosub_alloc(total, 8, has_pointers) as *mut Chan;
    (*chan).elem_size = elem.size as usize;
    (*chan).cap = size as usize;
    chan.cast()
}

/// `ch <- *value`.
#[no_mangle]
pub unsafe extern "C" fn gosub_chan_send(ch: *mut u8, value: *const u8) {
    let chan = ch as *mut Chan;
    if chan.is_null() {
        block_forever(WaitReason::ChanSendNil);
    }
    if try_send(&mut *chan, value) {
        return;
    }
    let mut waiter = [Waiter::new(chan, value as *mut u8, true, 0)];
    let woken = block(&mut waiter, WaitReason::ChanSend);
    if !(*woken).success {
        send_on_closed();
    }
}

/// `*buf = <-ch` (the zero value once the channel is closed and drained); returns `ok`.
#[no_mangle]
pub unsafe extern "C" fn gosub_chan_recv(ch: *mut u8, buf: *mut u8) -> u8 {
    let chan = ch as *mut Chan;
    if chan.is_null() {
        block_forever(WaitReason::ChanReceiveNil);
    }
    if let Some(ok) = try_recv(&mut *chan, buf) {
        return ok as u8;
    }
    let mut waiter = [Waiter::new(chan, buf, false, 0)];
    let woken = block(&mut waiter, WaitReason::ChanReceive);
    (*woken).success as u8
}

/// `close(ch)`: wakes every blocked receiver (with the zero value) and sender (which panics).
#[no_mangle]
pub unsafe extern "C" fn gosub_chan_close(ch: *mut u8) {
    let chan = ch as *mut Chan;
    if chan.is_null() {
        crate::panic::fail_plain(b"close of nil channel");
    }
    let chan = &mut *chan;
    if chan.closed {
        crate::panic::fail_plain(b"close of closed channel");
    }
    chan.closed = true;
    while let Some(receiver) = chan.recvq.pop() {
        chan.clear((*receiver).elem);
        wake(receiver, false);
    }
    while let Some(sender) = chan.sendq.pop() {
        wake(sender, false);
    }
}

/// `len(ch)` (0 for nil).
#[no_mangle]
pub unsafe extern "C" fn gosub_chan_len(ch: *mut u8) -> i64 {
    let chan = ch as *const Chan;
    if chan.is_null() {
        0
    } else {
        (*chan).count as i64
    }
}

/// `cap(ch)` (0 for nil).
#[no_mangle]
pub unsafe extern "C" fn gosub_chan_cap(ch: *mut u8) -> i64 {
    let chan = ch as *const Chan;
    if chan.is_null() {
        0
    } else {
        (*chan).cap as i64
    }
}

#[cfg(test)]
mod tests;
