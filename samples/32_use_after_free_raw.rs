// Unsafe Rust: a use after free through a raw pointer, caught where it happens (as Miri catches it)
// Watch: `Box::into_raw` hands the block over to `raw`, a raw pointer: nothing frees it now. `Box::from_raw` gives it to `again`, and `drop(again)` frees it, but `raw` still holds the address (drawn `→ a freed block!`). The last read is undefined behaviour: the run stops there with Miri's report, exit status 1. rustc's binary would print whatever the freed memory holds.
fn main() {
    let boxed = Box::new(7);
    let raw = Box::into_raw(boxed);

    unsafe {
        *raw *= 6;
        println!("through the raw pointer: {}", *raw);

        let again = Box::from_raw(raw);
        println!("a Box again: {}", again);
        drop(again);

        println!("after the free: {}", *raw);
    }
}
