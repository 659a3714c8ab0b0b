// `ptr::null` and `ptr::null_mut` make null pointers; `is_null` tells them apart from pointers to values
use std::ptr;

fn describe(p: *const i32) -> String {
    if p.is_null() {
        String::from("null")
    } else {
        format!("points to {}", unsafe { *p })
    }
}

fn main() {
    let n: *const i32 = ptr::null();
    let m: *mut i32 = ptr::null_mut();
    let x = 3;
    println!("{}", describe(n));
    println!("{}", describe(&x));
    println!("{} {}", m.is_null(), (&raw const x).is_null());
    println!("{:?}", n);
}
