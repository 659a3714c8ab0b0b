// rustc rejects: `data` moved into the named thread's closure, then used by main.
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let h = thread::Builder::new()
        .name(String::from("summer"))
        .spawn(move || data.iter().sum::<i32>())
        .unwrap();
    println!("{} {:?}", h.join().unwrap(), data);
}
