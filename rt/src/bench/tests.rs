//! Unit tests of the harness's arithmetic, timer and log format.

use super::common::{log, new_handle};
use super::run::predict_n;
use super::timer::Bench;

#[test]
fn predictions_grow_as_go_does() {
    // 1 iteration in 1µs, 1s goal: 1e6 predicted, +20%, capped at 100x the last count.
    assert_eq!(predict_n(1_000_000_000, 1, 1_000, 1), 100);
    // 100 iterations in 100µs after a run of 100: 1.2e6 wanted, 100x caps it at 10000.
    assert_eq!(predict_n(1_000_000_000, 100, 100_000, 100), 10_000);
    // 100000 iterations in 100ms: 1e6 predicted, +20%.
    assert_eq!(
        predict_n(1_000_000_000, 100_000, 100_000_000, 100_000),
        1_200_000
    );
    // Never fewer than one more than last time, never more than 1e9.
    assert_eq!(predict_n(1_000_000_000, 10, 2_000_000_000, 10), 11);
    assert_eq!(
        predict_n(1_000_000_000, 500_000_000, 1, 500_000_000),
        1_000_000_000
    );
    // A zero-time run counts as 1ns.
    assert_eq!(predict_n(1_000, 1, 0, 1), 100);
}

#[test]
fn timer_counts_only_while_running() {
    let mut b = Bench::new(core::ptr::null_mut());
    b.start_timer();
    let _measured = crate::alloc::alloc_string(b"measured");
    b.stop_timer();
    let _ignored = crate::alloc::alloc_string(b"not measured");
    assert_eq!((b.net_allocs, b.net_bytes), (1, 8));
    b.start_timer();
    let _more = crate::alloc::alloc_string(b"twenty-four bytes, long.");
    b.stop_timer();
    assert_eq!((b.net_allocs, b.net_bytes), (2, 32));
    b.reset_timer();
    assert_eq!((b.net_allocs, b.net_bytes, b.duration), (0, 0, 0));
}

#[test]
fn logs_are_indented_like_go_test() {
    let handle = new_handle(b"TestX", Bench::new(core::ptr::null_mut()));
    // SAFETY: a fresh handle with a state.
    let s = unsafe { &mut *(*handle).state };
    log(s, b"x_test.go:7", b"one\ntwo\n");
    log(s, b"x_test.go:8", b"three");
    assert_eq!(
        String::from_utf8_lossy(&s.output),
        "    x_test.go:7: one\n        two\n    x_test.go:8: three\n"
    );
}
