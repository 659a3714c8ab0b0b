// E0133: `assume_init` is an `unsafe fn`: the caller promises the value was written.
use std::mem::MaybeUninit;

fn main() {
    let mut x = MaybeUninit::<u8>::uninit();
    x.write(3);
    let v = x.assume_init();
    println!("{v}");
}
