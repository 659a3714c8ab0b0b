// `mem::forget` takes ownership and never runs the destructor: no "drop" line for the forgotten value
use std::mem;

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Guard("a");
    let b = Guard("b");
    mem::forget(a);
    let v = vec![1, 2, 3];
    mem::forget(v);
    println!("forgot a and v");
    drop(b);
    println!("end");
}
