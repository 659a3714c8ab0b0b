// UB (use after free): `ManuallyDrop::drop` frees the Box's block, then a method reads through the dangling Box; Miri: `error: Undefined Behavior: memory access failed: alloc1026 has been freed, so this pointer is dangling`
use std::mem::ManuallyDrop;

fn main() {
    let mut b = ManuallyDrop::new(Box::new(5i32));
    println!("before: {}", b.abs());
    unsafe { ManuallyDrop::drop(&mut b) };
    let after = b.abs();
    println!("after: {after}");
}
