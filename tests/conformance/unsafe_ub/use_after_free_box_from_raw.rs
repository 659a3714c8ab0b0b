// UB (use after free): the Box rebuilt by `Box::from_raw` frees the block at `drop`, then `*p` reads it; Miri: `error: Undefined Behavior: memory access failed: alloc238 has been freed, so this pointer is dangling`
fn main() {
    let p = Box::into_raw(Box::new(41));
    unsafe {
        *p += 1;
        println!("{}", *p);
        let back = Box::from_raw(p);
        drop(back);
        println!("{}", *p);
    }
}
