// What each atomic operation returns: the old value, and what it leaves behind.
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, AtomicUsize, Ordering};

fn main() {
    let n = AtomicI32::new(10);
    println!("fetch_add returns {}", n.fetch_add(5, Ordering::Relaxed));
    println!("fetch_sub returns {}", n.fetch_sub(20, Ordering::Relaxed));
    println!("now {:?}", n);
    n.store(7, Ordering::Release);
    println!("swap returns {}", n.swap(8, Ordering::AcqRel));
    println!("{:?}", n.compare_exchange(8, 9, Ordering::SeqCst, Ordering::SeqCst));
    println!("{:?}", n.compare_exchange(8, 10, Ordering::SeqCst, Ordering::Relaxed));
    println!("max {} then {}", n.fetch_max(42, Ordering::Relaxed), n.load(Ordering::Acquire));

    let small = AtomicU8::new(250);
    small.fetch_add(10, Ordering::Relaxed); // wraps around, no panic
    println!("u8 wrapped to {}", small.load(Ordering::Relaxed));

    let ready = AtomicBool::new(false);
    println!("was {}", ready.swap(true, Ordering::SeqCst));
    println!("or {}", ready.fetch_or(false, Ordering::SeqCst));
    println!("and {} -> {:?}", ready.fetch_and(false, Ordering::SeqCst), ready);

    let hits = AtomicUsize::new(3);
    println!("sizes {} {} {}", std::mem::size_of::<AtomicUsize>(), std::mem::size_of::<AtomicBool>(),
             std::mem::size_of_val(&n));
    println!("into_inner {}", hits.into_inner());
}
