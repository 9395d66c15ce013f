use super::select::{gosub_select, SelectCase};
use super::*;
use crate::testgo::{go, int_chan, recv, send};
use std::cell::RefCell;
use std::rc::Rc;

#[test]
fn unbuffered_send_waits_for_a_receiver() {
    let events = Rc::new(RefCell::new(Vec::new()));
    let ch = int_chan(0);
    let inner = events.clone();
    go(move || {
        inner.borrow_mut().push("sending");
        send(ch, 42);
        inner.borrow_mut().push("sent");
    });
    events.borrow_mut().push("receiving");
    assert_eq!(recv(ch), (42, true));
    events.borrow_mut().push("received");
    // The receiver blocked first, so the sender completes without blocking and keeps running.
    assert_eq!(
        *events.borrow(),
        ["receiving", "sending", "sent", "received"]
    );
}

#[test]
fn buffered_channels_are_fifo_and_drain_after_close() {
    let ch = int_chan(3);
    for value in 1..=3 {
        send(ch, value);
    }
    unsafe {
        assert_eq!((gosub_chan_len(ch), gosub_chan_cap(ch)), (3, 3));
    }
    // A fourth send blocks until the receiver makes room; the values stay in order.
    go(move || {
        send(ch, 4);
        unsafe { gosub_chan_close(ch) };
    });
    let received: Vec<(i64, bool)> = (0..6).map(|_| recv(ch)).collect();
    assert_eq!(
        received,
        [
            (1, true),
            (2, true),
            (3, true),
            (4, true),
            (0, false),
            (0, false)
        ]
    );
    unsafe {
        assert_eq!(
            (
                gosub_chan_len(core::ptr::null_mut()),
                gosub_chan_cap(core::ptr::null_mut())
            ),
            (0, 0)
        );
    }
}

#[test]
fn close_wakes_blocked_receivers_with_zero_values() {
    let ch = int_chan(0);
    let results = int_chan(2);
    for _ in 0..2 {
        go(move || {
            let (value, ok) = recv(ch);
            send(results, value * 10 + ok as i64);
        });
    }
    go(move || unsafe { gosub_chan_close(ch) });
    assert_eq!(recv(results), (0, true));
    assert_eq!(recv(results), (0, true));
}

/// The panic message of `op`, run as a guarded method call (so the panic ends the call).
fn panic_message(op: unsafe extern "C" fn(*mut u8) -> crate::abi::GoString, ch: *mut u8) -> String {
    let outcome = unsafe { crate::guard::call(op, ch) };
    String::from_utf8(outcome.expect_err("panics")).unwrap()
}

#[test]
fn misuse_panics_with_gc_messages() {
    unsafe extern "C" fn send_one(ch: *mut u8) -> crate::abi::GoString {
        send(ch, 1);
        crate::abi::GoString::EMPTY
    }
    unsafe extern "C" fn close(ch: *mut u8) -> crate::abi::GoString {
        gosub_chan_close(ch);
        crate::abi::GoString::EMPTY
    }
    unsafe extern "C" fn make_negative(_: *mut u8) -> crate::abi::GoString {
        crate::testgo::int_chan(-1);
        crate::abi::GoString::EMPTY
    }
    let ch = int_chan(1);
    unsafe { gosub_chan_close(ch) };
    assert_eq!(panic_message(send_one, ch), "send on closed channel");
    assert_eq!(panic_message(close, ch), "close of closed channel");
    assert_eq!(
        panic_message(close, core::ptr::null_mut()),
        "close of nil channel"
    );
    assert_eq!(
        panic_message(make_negative, ch),
        "makechan: size out of range"
    );
}

#[test]
fn a_sender_blocked_on_a_closed_channel_panics() {
    unsafe extern "C" fn send_one(ch: *mut u8) -> crate::abi::GoString {
        send(ch, 1);
        crate::abi::GoString::EMPTY
    }
    let ch = int_chan(0);
    let report = Rc::new(RefCell::new(String::new()));
    let inner = report.clone();
    let done = int_chan(1);
    go(move || {
        *inner.borrow_mut() = panic_message(send_one, ch);
        send(done, 0);
    });
    go(move || unsafe { gosub_chan_close(ch) });
    recv(done);
    assert_eq!(*report.borrow(), "send on closed channel");
}

/// A select case on a `chan i64`.
fn case(ch: *mut u8, is_send: bool, elem: &mut i64) -> SelectCase {
    SelectCase {
        ch,
        is_send: is_send as i64,
        elem: elem as *mut i64 as *mut u8,
    }
}

#[test]
fn select_chooses_uniformly_among_ready_cases() {
    let (a, b) = (int_chan(1), int_chan(1));
    let mut counts = [0; 2];
    for _ in 0..2000 {
        send(a, 1);
        send(b, 2);
        let (mut x, mut y) = (0, 0);
        let cases = [case(a, false, &mut x), case(b, false, &mut y)];
        let result = unsafe { gosub_select(cases.as_ptr(), 2, 0) };
        assert_eq!(result.recv_ok, 1);
        counts[result.chosen as usize] += 1;
        // Drain the other one.
        recv([b, a][result.chosen as usize]);
    }
    assert!(counts.iter().all(|&count| count > 850), "{counts:?}");
}

#[test]
fn select_takes_default_or_blocks_until_a_case_completes() {
    let (a, b, nil) = (int_chan(0), int_chan(0), core::ptr::null_mut());
    let (mut x, mut y, mut z) = (0, 0, 5);
    let cases = [
        case(a, false, &mut x),
        case(nil, true, &mut z),
        case(b, false, &mut y),
    ];
    let result = unsafe { gosub_select(cases.as_ptr(), 3, 1) };
    assert_eq!((result.chosen, result.recv_ok), (-1, 0));
    go(move || send(b, 7));
    let result = unsafe { gosub_select(cases.as_ptr(), 3, 0) };
    assert_eq!((result.chosen, result.recv_ok, y), (2, 1, 7));
    // The waiter on `a` was taken out: a later sender on `a` finds no receiver and blocks
    // until a plain receive comes.
    let sent = int_chan(1);
    go(move || {
        send(a, 9);
        send(sent, 1);
    });
    assert_eq!(recv(a), (9, true));
    assert_eq!(recv(sent), (1, true));
    // A send case completes with a blocked receiver.
    go(move || send(sent, recv(a).0));
    let result = unsafe { gosub_select([case(a, true, &mut z)].as_ptr(), 1, 0) };
    assert_eq!(result.chosen, 0);
    assert_eq!(recv(sent), (5, true));
    // A closed channel makes a receive case ready with ok == false.
    unsafe { gosub_chan_close(b) };
    y = 3;
    let result = unsafe {
        gosub_select(
            [case(nil, false, &mut x), case(b, false, &mut y)].as_ptr(),
            2,
            0,
        )
    };
    assert_eq!((result.chosen, result.recv_ok, y), (1, 0, 0));
}
