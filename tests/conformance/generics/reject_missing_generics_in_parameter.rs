// E0107: a function parameter names the generic struct Point without its type argument.
struct Point<T> {
    x: T,
    y: T,
}

fn show(p: Point) -> i32 {
    0
}

fn main() {}
