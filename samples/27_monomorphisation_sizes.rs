// Generics: one copy per type, each with its own size
// Watch: `Point<u8>` is 2 bytes and `Point<f64>` 16: the stack slots show it. Calling `p.swap()` on each runs a different copy of the method, named in the frame (`Point<u8>::swap`, `Point<f64>::swap`), as rustc compiles one copy per instantiation (monomorphisation).

struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn swap(self) -> Point<T> {
        Point { x: self.y, y: self.x }
    }
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let small = Point { x: 1u8, y: 2u8 };
    let big = Point { x: 1.5, y: 2.5 };
    let small = small.swap();
    let big = big.swap();
    println!("small: ({}, {}) in {} bytes", small.x, small.y, std::mem::size_of_val(&small));
    println!("big: ({}, {}) in {} bytes", big.x, big.y, std::mem::size_of_val(&big));
    println!("largest i32: {}", largest(&[34, 50, 25, 100, 65]));
    println!("largest char: {}", largest(&['y', 'm', 'a', 'q']));
}
