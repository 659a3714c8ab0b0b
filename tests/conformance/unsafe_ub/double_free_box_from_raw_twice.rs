// UB (double free): two Boxes made from one raw pointer both free the block; Miri: `error: Undefined Behavior: memory access failed: alloc214 has been freed, so this pointer is dangling` (at the second drop)
fn main() {
    let p = Box::into_raw(Box::new(String::from("twice")));
    let a = unsafe { Box::from_raw(p) };
    let b = unsafe { Box::from_raw(p) };
    println!("{a} {b}");
    drop(a);
    println!("a dropped");
    drop(b);
    println!("b dropped");
}
