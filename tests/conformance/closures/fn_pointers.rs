// Function pointers `fn(i32) -> i32` (Book ch. 20.4): 8 bytes, reassignable, passed as
// arguments, stored in a Vec; a closure that captures nothing coerces to one; a fn
// item's own type is zero-sized.
use std::mem::size_of_val;

fn double(x: i32) -> i32 {
    x * 2
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn apply_twice(f: fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    let mut op: fn(i32) -> i32 = double;
    println!("{}", op(4));
    op = triple;
    println!("{}", op(4));
    println!("{} {}", apply(double, 5), apply_twice(triple, 2));
    println!("{}", apply(|x| x + 1, 5));
    let ops: Vec<fn(i32) -> i32> = vec![double, triple, |x| x - 1];
    let mut total = 0;
    for f in &ops {
        total += f(10);
    }
    println!("total {}", total);
    let hello: fn() = || println!("a closure without captures");
    hello();
    let item = double;
    println!("{} {} {}", size_of_val(&op), size_of_val(&item), size_of_val(&ops[0]));
    println!("{}", std::mem::size_of::<Option<fn(i32) -> i32>>());
}
