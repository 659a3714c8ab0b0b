// E0133: `ptr::read` outside `unsafe`; the `ptr::null` beside it is safe
use std::ptr;

fn main() {
    let x = 1;
    let n: *const i32 = ptr::null();
    let v = ptr::read(&x as *const i32);
    println!("{v} {}", n.is_null());
}
