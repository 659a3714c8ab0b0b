// Values moved into a thread are dropped when its closure ends (in the thread), before `join` returns.
use std::thread;
use std::time::Duration;

#[derive(Debug)]
struct Token(u32);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop Token({})", self.0);
    }
}

fn main() {
    let a = Token(1);
    let b = Token(2);
    let kept = Token(3);
    let handle = thread::spawn(move || {
        thread::sleep(Duration::from_millis(1));
        let total = a.0 + b.0;
        println!("the thread holds {:?} and {:?}", a, b);
        drop(a);
        total * 10
    });
    let got = handle.join().unwrap();
    println!("joined: {got}");
    println!("still here: {:?}", kept);
}
