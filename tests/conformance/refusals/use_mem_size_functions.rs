// `use std::mem::{size_of, size_of_val, align_of, align_of_val}` (it was refused), and the same names from the prelude
use std::mem::{align_of, align_of_val, size_of, size_of_val};

struct P {
    a: u8,
    b: u32,
}

fn main() {
    let p = P { a: 1, b: 2 };
    println!("{} {} {} {}", size_of::<P>(), align_of::<P>(), size_of_val(&p), align_of_val(&p.a));
    let v = [1u16; 5];
    println!("{} {}", size_of_val(&v), size_of_val(&v[1..]));
    println!("{}", p.a as u32 + p.b);
    println!("{} {}", std::mem::size_of_val(&p.b), std::mem::align_of::<u64>());
}
