use super::*;
use crate::testgo::{go, int_chan, recv, send};
use std::cell::RefCell;
use std::rc::Rc;

/// A shared log of events, in the order they happen.
fn log() -> Rc<RefCell<Vec<String>>> {
    Rc::new(RefCell::new(Vec::new()))
}

#[test]
fn goroutines_run_in_order_only_when_the_runner_blocks() {
    let events = log();
    let done = int_chan(0);
    for id in 0..3 {
        let events = events.clone();
        go(move || {
            events.borrow_mut().push(format!("g{id} starts"));
            send(done, id);
            events.borrow_mut().push(format!("g{id} ends"));
        });
    }
    events.borrow_mut().push("main spawned".into());
    let mut order = Vec::new();
    for _ in 0..3 {
        order.push(recv(done).0);
    }
    // g0 runs when main blocks; main is waiting, so g0's send completes and g0 runs on to its
    // end. g1 and g2 then block in their sends (main is runnable but not receiving) until main
    // takes their values in order.
    assert_eq!(order, [0, 1, 2]);
    assert_eq!(
        events.borrow()[..5],
        [
            "main spawned",
            "g0 starts",
            "g0 ends",
            "g1 starts",
            "g2 starts"
        ]
    );
}

#[test]
fn exited_goroutines_stacks_are_reused() {
    let addresses = Rc::new(RefCell::new(Vec::new()));
    let done = int_chan(0);
    let finished = int_chan(0);
    for wave in 0..2 {
        let record = move |addresses: &Rc<RefCell<Vec<(i32, usize)>>>| {
            let local = 0u8;
            addresses
                .borrow_mut()
                .push((wave, &local as *const u8 as usize / stacks::SLOT));
        };
        for _ in 0..50 {
            let addresses = addresses.clone();
            go(move || {
                record(&addresses);
                send(done, 0);
            });
        }
        for _ in 0..50 {
            recv(done);
        }
        // The senders main took values from are runnable, not finished: a last goroutine,
        // queued behind them, reports when they have all exited.
        let addresses = addresses.clone();
        go(move || {
            record(&addresses);
            send(finished, 0);
        });
        recv(finished);
    }
    let addresses = addresses.borrow();
    let slots = |which| -> std::collections::HashSet<usize> {
        addresses
            .iter()
            .filter(|(wave, _)| *wave == which)
            .map(|&(_, slot)| slot)
            .collect()
    };
    // 50 stacks: the first goroutine exits (its send finds main waiting) before the last
    // one of the wave starts, which reuses its stack.
    assert_eq!(slots(0).len(), 50);
    assert_eq!(slots(1), slots(0));
}

#[test]
fn suspended_stacks_are_roots() {
    let resume = int_chan(0);
    let report = int_chan(0);
    go(move || unsafe {
        // An object only this goroutine's stack (or a register saved there) refers to.
        let object = core::hint::black_box(crate::alloc::gosub_alloc(64, 8, 0) as *mut i64);
        *object = 1234;
        send(report, 0);
        recv(resume);
        send(report, *core::hint::black_box(object));
    });
    recv(report); // the goroutine is now parked in `recv(resume)`
    let mut visited = 0;
    crate::sched::visit_suspended_stacks(&mut |low, high| {
        assert!(low < high && high - low < 1 << 20);
        visited += 1;
    });
    assert_eq!(visited, 1);
    for _ in 0..5 {
        crate::gc::gosub_gc();
        for _ in 0..1000 {
            // Garbage that would reuse the object's memory had it been freed.
            let garbage = unsafe { crate::alloc::gosub_alloc(64, 8, 0) } as *mut i64;
            unsafe { *garbage = -1 };
        }
    }
    send(resume, 0);
    assert_eq!(recv(report).0, 1234);
}

#[test]
fn random_choices_are_uniform() {
    let mut counts = [0usize; 4];
    for _ in 0..40_000 {
        counts[random_below(4)] += 1;
    }
    assert!(
        counts.iter().all(|&count| (9_000..11_000).contains(&count)),
        "{counts:?}"
    );
}

#[test]
fn goroutines_switch_stack_bounds() {
    crate::sched::current();
    let main_bounds = crate::stack::current();
    let seen = Rc::new(RefCell::new(None));
    let done = int_chan(0);
    let inner = seen.clone();
    go(move || {
        let local = 0u8;
        let bounds = crate::stack::current();
        let address = &local as *const u8 as usize;
        *inner.borrow_mut() = Some((bounds, address));
        send(done, 0);
    });
    recv(done);
    let (bounds, address) = seen.borrow().unwrap();
    assert!(bounds.low <= address && address < bounds.high);
    assert_eq!(bounds.guard + crate::stack::GUARD_SIZE, bounds.low);
    assert_eq!(crate::stack::current(), main_bounds);
}

#[test]
fn a_hundred_thousand_goroutines_live_at_once() {
    const COUNT: i64 = 100_000;
    let start = int_chan(0);
    let results = int_chan(0);
    for id in 0..COUNT {
        go(move || {
            recv(start);
            send(results, id);
        });
    }
    // All of them are parked in `recv(start)` once main blocks for the first time.
    go(move || unsafe { crate::chan::gosub_chan_close(start) });
    let mut sum = 0;
    for _ in 0..COUNT {
        sum += recv(results).0;
    }
    assert_eq!(sum, COUNT * (COUNT - 1) / 2);
}
