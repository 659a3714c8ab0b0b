// UB (null dereference): reading through `ptr::null()`; Miri: `error: Undefined Behavior: memory access failed: null pointer is a dangling pointer (it has no provenance)`
use std::ptr;

fn main() {
    let p: *const i32 = ptr::null();
    println!("null? {}", p.is_null());
    let v = unsafe { *p };
    println!("{v}");
}
