// An array of `MaybeUninit<u8>` (Copy, so `[x; 3]` works on stable) filled slot by slot, and the stable `uninit().assume_init()` of an array of MaybeUninit.
use std::mem::MaybeUninit;

fn main() {
    let mut arr = [MaybeUninit::<u8>::uninit(); 3];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write(i as u8 * 10);
    }
    let values: Vec<u8> = arr.iter().map(|m| unsafe { m.assume_init() }).collect();
    println!("{:?} {:?}", values, arr);
    let mut slots: [MaybeUninit<i32>; 2] = unsafe { MaybeUninit::uninit().assume_init() };
    slots[0].write(-1);
    slots[1].write(7);
    let (a, b) = unsafe { (slots[0].assume_init(), slots[1].assume_init()) };
    println!("{a} {b}");
}
