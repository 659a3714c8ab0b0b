// A scoped thread's handle joined inside the scope gives its result.
use std::thread;

fn main() {
    let numbers = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let total = thread::scope(|s| {
        let h = s.spawn(|| numbers.iter().sum::<i32>());
        let biggest = numbers.iter().max().unwrap();
        let sum = h.join().unwrap();
        println!("biggest {biggest}");
        sum
    });
    println!("sum {total} of {} numbers", numbers.len());
}
