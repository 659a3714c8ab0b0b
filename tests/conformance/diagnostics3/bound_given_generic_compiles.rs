// Near misses: the same generic functions with the bounds rustc suggested compile and run.
use std::fmt::Debug;
use std::fmt::Display;

fn max_of<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn twice<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

fn show_all<T: Display>(items: &[T]) {
    for item in items {
        println!("{}", item);
    }
}

fn log_twice<T>(value: T)
where
    T: Clone + Debug,
{
    let copy = value.clone();
    println!("{:?} {:?}", copy, value);
}

fn main() {
    println!("{} {:?}", max_of(3, 7), twice(2));
    show_all(&[1, 2]);
    log_twice("x");
}
