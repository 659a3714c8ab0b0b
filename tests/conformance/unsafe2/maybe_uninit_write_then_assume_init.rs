// `MaybeUninit::uninit()` reserves a value's bytes without a value; `write` fills them, `assume_init` (unsafe) hands the value out.
use std::mem::MaybeUninit;

fn fill(slot: &mut MaybeUninit<u64>, n: u64) {
    slot.write(n * n);
}

fn main() {
    let mut x = MaybeUninit::<i32>::uninit();
    println!("{:?}", x);
    let r = x.write(41);
    *r += 1;
    let v = unsafe { x.assume_init() };
    let mut square: MaybeUninit<u64> = MaybeUninit::uninit();
    fill(&mut square, 12);
    let ready = MaybeUninit::new(2.5f64);
    println!("{v} {} {}", unsafe { square.assume_init() }, unsafe { ready.assume_init() });
}
