// A scoped thread that panics: its join gives Err, and the scope returns normally.
use std::thread;

fn main() {
    let v = vec![10, 20];
    let ok = thread::scope(|s| {
        let bad = s.spawn(|| v[5]);
        bad.join().is_err()
    });
    println!("the thread panicked: {ok}; v = {v:?}");
}
