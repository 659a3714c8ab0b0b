// UB (uninitialised read): the middle slot was never written, and `assume_init` reads it as an `i32`; Miri: `error: Undefined Behavior: constructing invalid value: encountered uninitialized memory, but expected an integer`
use std::mem::MaybeUninit;

fn main() {
    let mut slots = [MaybeUninit::<i32>::uninit(); 3];
    slots[0].write(1);
    slots[2].write(3);
    let (a, c) = unsafe { (slots[0].assume_init(), slots[2].assume_init()) };
    println!("{a} {c}");
    let b = unsafe { slots[1].assume_init() };
    println!("{b}");
}
