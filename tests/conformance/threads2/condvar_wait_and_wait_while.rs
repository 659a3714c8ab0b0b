// The std docs' Condvar: main waits until the worker sets the flag (the worker prints while
// it still holds the lock, so the order is fixed); then wait_while for three items.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

fn main() {
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let pair2 = Arc::clone(&pair);

    let h = thread::spawn(move || {
        let (lock, cvar) = &*pair2;
        let mut started = lock.lock().unwrap();
        *started = true;
        cvar.notify_one();
        println!("worker started");
    });

    let (lock, cvar) = &*pair;
    let mut started = lock.lock().unwrap();
    while !*started {
        started = cvar.wait(started).unwrap();
    }
    println!("main sees started = {}", *started);
    drop(started);
    h.join().unwrap();

    let queue = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
    let q2 = Arc::clone(&queue);
    let consumer = thread::spawn(move || {
        let (m, cv) = &*q2;
        let guard = cv.wait_while(m.lock().unwrap(), |items: &mut Vec<i32>| items.len() < 3).unwrap();
        guard.iter().sum::<i32>()
    });
    for i in 1..=3 {
        let (m, cv) = &*queue;
        m.lock().unwrap().push(i * 10);
        cv.notify_all();
    }
    println!("sum {} {:?}", consumer.join().unwrap(), queue.1);
}
