// Checks enum sizes, including niche optimisation making Option<Box<T>>, Option<&T> and Option<bool> no bigger than the payload.
use std::mem::size_of;

enum Direction {
    North,
    East,
    South,
    West,
}

enum Shape {
    Circle(f64),
    Rect(u32, u32),
    Empty,
}

enum Tiny {
    A(u8),
    B,
}

fn main() {
    println!("Direction {} Shape {} Tiny {}", size_of::<Direction>(), size_of::<Shape>(), size_of::<Tiny>());
    println!("Option<u8> {} Option<i32> {} Option<u64> {}", size_of::<Option<u8>>(), size_of::<Option<i32>>(), size_of::<Option<u64>>());
    println!("Option<bool> {} Option<char> {}", size_of::<Option<bool>>(), size_of::<Option<char>>());
    println!("Option<Box<i32>> {} Option<&u8> {}", size_of::<Option<Box<i32>>>(), size_of::<Option<&u8>>());
    println!("Option<String> {} Option<Vec<i32>> {}", size_of::<Option<String>>(), size_of::<Option<Vec<i32>>>());
    println!("Option<Option<bool>> {} Result<u32, u8> {}", size_of::<Option<Option<bool>>>(), size_of::<Result<u32, u8>>());
    println!("Result<String, String> {}", size_of::<Result<String, String>>());
    let d = Direction::West;
    let shapes = [Shape::Circle(1.0), Shape::Rect(2, 3), Shape::Empty];
    println!("{} {}", d as i32, std::mem::size_of_val(&shapes));
    let t = [Tiny::A(1), Tiny::B];
    println!("{}", std::mem::size_of_val(&t));
}
