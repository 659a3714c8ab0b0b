// UB (use after free of a stack slot): `make` returns a pointer to its own local, popped with its frame; Miri: `error: Undefined Behavior: memory access failed: alloc512 has been freed, so this pointer is dangling`
fn make() -> *const i32 {
    let local = 7;
    &raw const local
}

fn main() {
    let p = make();
    println!("got a pointer: {}", !p.is_null());
    let v = unsafe { *p };
    println!("{v}");
}
