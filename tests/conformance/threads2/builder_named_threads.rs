// thread::Builder names a thread: thread::current().name() and a panic's message say it;
// a Builder without a name spawns an unnamed thread.
use std::thread;
fn main() {
    let data = vec![1, 2, 3];
    let h = thread::Builder::new().name("worker".to_string()).spawn(move || {
        println!("{:?} sums {}", thread::current().name(), data.iter().sum::<i32>());
        5
    }).unwrap();
    println!("{}", h.join().unwrap());
    let h2 = thread::Builder::new().name(String::from("crasher")).spawn(|| panic!("oops")).unwrap();
    println!("{}", h2.join().is_err());
    let h3 = thread::Builder::new().spawn(|| thread::current().name().map(|s| s.len())).unwrap();
    println!("{:?}", h3.join().unwrap());
}
