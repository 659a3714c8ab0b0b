// `mem::drop` runs the destructor now; `mem::forget` never runs it.
use std::mem;

struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = D("a");
    let b = D("b");
    let c = D("c");
    mem::drop(b);
    mem::forget(c);
    println!("end {}", a.0);
}
