// A closure that passes a `&mut` parameter to a function taking `&` captures `*x` by a
// shared borrow (the argument is coerced by `&*x`): two such closures live together.
fn read(x: &i32) -> i32 {
    *x
}

fn twice(x: &mut i32) -> i32 {
    let first = || read(x);
    let second = || read(x);
    first() + second()
}

fn main() {
    let mut n = 4;
    println!("{}", twice(&mut n));
    let r = &mut n;
    let peek = || read(r);
    println!("{} {}", peek(), peek());
    *r += 1;
    println!("{n}");
}
