// a closure that captures nothing is zero-sized, alone or in a tuple; a reference to a capturing closure is a pointer
use std::mem;

fn main() {
    let k = || 5;
    println!("{} {}", mem::size_of_val(&k), k());
    let n = 3;
    let add = |x: i32| x + 1;
    println!("{} {}", mem::size_of_val(&add), add(n));
    let pair = (k, add);
    println!("{}", mem::size_of_val(&pair));
    let r = &n;
    let c = || *r + 1;
    let rc = &c;
    println!("{} {}", mem::size_of_val(&rc), c());
}
