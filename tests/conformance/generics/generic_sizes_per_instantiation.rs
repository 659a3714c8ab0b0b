// size_of follows each instantiation of a generic struct or enum: Point<u8> is 2 bytes, Point<f64> 16, and field reordering applies per copy.
use std::mem::size_of;

struct Point<T> {
    x: T,
    y: T,
}

struct Pair<A, B> {
    first: A,
    second: B,
}

enum Either<L, R> {
    Left(L),
    Right(R),
}

struct Wrapper<T>(T);

fn main() {
    println!("Point<u8>: {}", size_of::<Point<u8>>());
    println!("Point<i32>: {}", size_of::<Point<i32>>());
    println!("Point<f64>: {}", size_of::<Point<f64>>());
    println!("Point<String>: {}", size_of::<Point<String>>());
    println!("Pair<u8, u64>: {}", size_of::<Pair<u8, u64>>());
    println!("Pair<u8, u16>: {}", size_of::<Pair<u8, u16>>());
    println!("Either<u8, u32>: {}", size_of::<Either<u8, u32>>());
    println!("Either<bool, Box<i32>>: {}", size_of::<Either<bool, Box<i32>>>());
    println!("Wrapper<char>: {}", size_of::<Wrapper<char>>());
    println!("Option<Point<u8>>: {}", size_of::<Option<Point<u8>>>());
    println!("Vec<Point<i64>>: {}", size_of::<Vec<Point<i64>>>());
    let p = Point { x: 1u8, y: 2 };
    let w = Wrapper(Point { x: 1.5, y: 2.5 });
    println!("{} {} {}", p.x + p.y, w.0.x, std::mem::size_of_val(&w));
}
