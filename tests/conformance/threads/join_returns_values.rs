// Each spawned thread returns a value; `join().unwrap()` hands it to main, which prints only after joining.
use std::thread;

fn square_all(v: Vec<i32>) -> Vec<i32> {
    v.iter().map(|x| x * x).collect()
}

fn main() {
    let mut handles = Vec::new();
    for i in 0..4 {
        let data = vec![i, i + 1, i + 2];
        handles.push(thread::spawn(move || {
            let squares = square_all(data);
            squares.iter().sum::<i32>()
        }));
    }
    let mut total = 0;
    for (i, handle) in handles.into_iter().enumerate() {
        let part = handle.join().unwrap();
        println!("thread {i} gave {part}");
        total += part;
    }
    println!("total = {total}");

    let name = String::from("worker");
    let handle = thread::spawn(move || format!("{name} done"));
    let message: String = handle.join().unwrap();
    println!("{message} ({} bytes)", message.len());
}
