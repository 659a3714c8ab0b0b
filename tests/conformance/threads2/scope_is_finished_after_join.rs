// The scope returns only when its threads are done; a value computed in one is moved out.
use std::thread;

fn main() {
    let words = vec![String::from("scoped"), String::from("threads")];
    let mut longest = String::new();
    thread::scope(|s| {
        let h = s.spawn(|| {
            let mut best = &words[0];
            for w in &words {
                if w.len() > best.len() {
                    best = w;
                }
            }
            best.clone()
        });
        longest = h.join().unwrap();
    });
    println!("{longest} ({} words)", words.len());
}
