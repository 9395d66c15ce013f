use super::*;
use crate::testdesc::string;

/// Reports of the chain `(message, recovered)`, oldest first; equal messages share one value
/// when `same` lists the pair (a `panic(recover())`).
unsafe fn lines(chain: &[(&'static str, bool)], same: &[(usize, usize)]) -> String {
    let mut values: Vec<Iface> = chain.iter().map(|&(text, _)| string(text)).collect();
    for &(from, to) in same {
        values[to] = values[from];
    }
    let reported: Vec<Reported> = chain
        .iter()
        .zip(values)
        .map(|(&(_, recovered), value)| Reported { value, recovered })
        .collect();
    String::from_utf8(panic_lines(&reported)).unwrap()
}

#[test]
fn chains_print_like_printpanics() {
    // gc's output for tests/gen/panic_chains.go (and runtime/crash_test.go).
    unsafe {
        assert_eq!(
            lines(&[("first", true), ("first", false)], &[(0, 1)]),
            "panic: first [recovered, repanicked]\n"
        );
        assert_eq!(
            lines(
                &[("first", false), ("second", true), ("re:second", false)],
                &[]
            ),
            "panic: first\n\tpanic: second [recovered]\n\tpanic: re:second\n"
        );
        assert_eq!(
            lines(
                &[
                    ("inner", true),
                    ("middle", true),
                    ("middle", false),
                    ("outer", false)
                ],
                &[(1, 2)]
            ),
            "panic: inner [recovered]\n\tpanic: middle [recovered, repanicked]\n\tpanic: outer\n"
        );
        // Equal text in distinct values is not a repanic.
        assert_eq!(
            lines(&[("x", true), ("x", false)], &[]),
            "panic: x [recovered]\n\tpanic: x\n"
        );
    }
}

/// A Go closure that appends `value` to the shared log.
fn pushes(log: &std::rc::Rc<std::cell::RefCell<Vec<usize>>>, value: usize) -> *mut u8 {
    let log = log.clone();
    crate::testgo::closure(move || log.borrow_mut().push(value))
}

#[test]
fn frames_run_deferred_closures_last_in_first_out_beyond_the_inline_slots() {
    let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let mut frame: DeferFrame = unsafe { core::mem::zeroed() };
    let frame_address: *mut DeferFrame = &mut frame;
    let inner_log = log.clone();
    let body = crate::testgo::closure(move || unsafe {
        for value in 0..100 {
            gosub_defer_push(frame_address, pushes(&inner_log, value));
        }
        assert_eq!((*sched::current()).defers, frame_address);
    });
    unsafe { crate::arch::gosub_run_deferring(body, frame_address) };
    assert_eq!(*log.borrow(), (0..100).rev().collect::<Vec<_>>());
    assert!(unsafe { (*sched::current()).defers }.is_null());
    assert_eq!(frame.count, 0);
}

#[test]
fn recover_outside_a_panic_returns_nil() {
    let value = unsafe { crate::arch::gosub_recover() };
    assert!(value.tab.is_null() && value.data.is_null());
}
