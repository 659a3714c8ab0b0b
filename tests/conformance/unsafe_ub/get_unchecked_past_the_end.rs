// UB (out of bounds): `get_unchecked(5)` on a 3-element Vec; a debug build's precondition check (and Miri) stops there; Miri: `error: Undefined Behavior: unsafe precondition(s) violated: slice::get_unchecked requires that the index is within the slice` (the check's panic, then abort)
fn main() {
    let v = vec![1, 2, 3];
    unsafe {
        println!("{}", v.get_unchecked(2));
        println!("{}", v.get_unchecked(5));
    }
}
