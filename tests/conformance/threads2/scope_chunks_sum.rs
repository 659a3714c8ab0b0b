// Each chunk summed by its own scoped thread; the handles are joined in order.
use std::thread;

fn main() {
    let data = vec![1, 2, 3, 4, 5, 6, 7];
    let mut sums = Vec::new();
    thread::scope(|s| {
        let mut handles = Vec::new();
        for chunk in data.chunks(3) {
            handles.push(s.spawn(move || chunk.iter().sum::<i32>()));
        }
        for h in handles {
            sums.push(h.join().unwrap());
        }
    });
    println!("{:?} -> {}", sums, sums.iter().sum::<i32>());
}
