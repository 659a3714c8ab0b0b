// `#![allow(arithmetic_overflow)]` on the crate turns the lint off: `255 + 1` in a u8 compiles and panics at run time
#![allow(arithmetic_overflow)]

fn main() {
    let t = (250u8, 1u8);
    println!("{}", t.0 + t.1);
    let x: u8 = 255 + 1;
    println!("{}", x);
}
