// `ManuallyDrop::new` keeps a value's `Drop` from running at the end of its scope; the others drop in reverse order as usual.
use std::mem::ManuallyDrop;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _first = Noisy("first");
    let kept = ManuallyDrop::new(Noisy("kept"));
    let _last = Noisy("last");
    println!("inside: {}", kept.0);
    println!("sizes: {} {}", std::mem::size_of::<ManuallyDrop<Noisy>>(),
             std::mem::size_of::<ManuallyDrop<Option<Box<i32>>>>());
}
