// A thread that spawns and joins its own thread; `thread::sleep` and joins in order make the output fixed.
use std::thread;
use std::time::Duration;

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let outer = thread::spawn(|| {
        let inner = thread::spawn(|| {
            thread::sleep(Duration::from_millis(2));
            fib(15)
        });
        let mine = fib(10);
        let theirs = inner.join().unwrap();
        mine + theirs
    });
    thread::sleep(Duration::from_secs(0));
    let sum = outer.join().unwrap();
    println!("fib(10) + fib(15) = {sum}");
    println!("{}", std::mem::size_of::<thread::JoinHandle<u64>>());
    println!("{}", std::mem::size_of::<Duration>());
    println!("{}", std::mem::size_of::<Option<Duration>>());
}
