// UB (out of bounds): a pointer to a 4-byte `static mut` moved one element on (allowed), then read (not: the static is its own allocation); Miri: `error: Undefined Behavior: memory access failed: expected a pointer to 4 bytes of memory, but got alloc1+0x4 which is at or beyond the end of the allocation of size 4 bytes`
static mut COUNTER: u32 = 5;
static mut NEXT: u32 = 6;

fn main() {
    let p = &raw const COUNTER;
    unsafe {
        println!("counter: {}", *p);
        let q = p.add(1);
        println!("next? {}", *q);
        println!("{}", { NEXT });
    }
}
