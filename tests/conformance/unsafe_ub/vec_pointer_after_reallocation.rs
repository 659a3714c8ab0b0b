// UB (use after free): `push` beyond the capacity moves the buffer, so the pointer from `as_ptr` dangles; Miri: `error: Undefined Behavior: memory access failed: alloc410 has been freed, so this pointer is dangling`
fn main() {
    let mut v = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    let first = v.as_ptr();
    println!("before: {}", unsafe { *first });
    v.push(3);
    println!("cap now {}", v.capacity());
    println!("after: {}", unsafe { *first });
}
