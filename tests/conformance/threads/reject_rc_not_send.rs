// E0277: an `Rc` cannot be sent to another thread (its count is not atomic); `Arc` is the fix.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(5);
    let handle = thread::spawn(move || {
        println!("{shared}");
    });
    handle.join().unwrap();
}
