// Two scoped threads each change their own variable: no conflict.
use std::thread;

fn main() {
    let mut evens = Vec::new();
    let mut odds = Vec::new();
    let limit = 10;
    thread::scope(|s| {
        s.spawn(|| {
            for i in 0..limit {
                if i % 2 == 0 {
                    evens.push(i);
                }
            }
        });
        s.spawn(|| {
            for i in 0..limit {
                if i % 2 == 1 {
                    odds.push(i);
                }
            }
        });
    });
    println!("evens {evens:?}");
    println!("odds {odds:?}");
}
