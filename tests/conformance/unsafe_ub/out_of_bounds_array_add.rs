// UB (out of bounds): `p.add(3)` on a 3-element array is one past the end (allowed), reading it is not; Miri: `error: Undefined Behavior: memory access failed: expected a pointer to 4 bytes of memory, but got alloc201+0xc which is at or beyond the end of the allocation of size 12 bytes`
fn main() {
    let arr = [1, 2, 3];
    let p = arr.as_ptr();
    let mut total = 0;
    for i in 0..=3 {
        let item = unsafe { *p.add(i) };
        total += item;
        println!("{i}: {item}");
    }
    println!("{total}");
}
