// The std docs' scoped threads: one thread reads the vector, one changes a counter,
// both borrow from main; after the scope, both are main's again.
use std::thread;

fn main() {
    let mut a = vec![1, 2, 3];
    let mut x = 0;

    thread::scope(|s| {
        s.spawn(|| {
            println!("hello from the first scoped thread: {:?}", a);
        });
        s.spawn(|| {
            x += a[0] + a[2];
        });
    });

    a.push(4);
    assert_eq!(x, a.len());
    println!("x = {x}, a = {a:?}");
}
