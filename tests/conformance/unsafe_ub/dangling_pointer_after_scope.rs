// UB (use after free of a stack slot): `x` goes out of scope at the inner `}` while `p` still points at it; Miri: `error: Undefined Behavior: memory access failed: alloc301 has been freed, so this pointer is dangling`
fn main() {
    let p: *const i32;
    {
        let x = 5;
        p = &raw const x;
        println!("inside: {}", unsafe { *p });
    }
    let y = 6;
    println!("{y}");
    println!("outside: {}", unsafe { *p });
}
