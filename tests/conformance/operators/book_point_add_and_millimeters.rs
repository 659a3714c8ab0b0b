// The Book's ch. 20.2 operator overloading: `impl Add for Point` (`type Output`), `Sub` with `Self::Output`, `Mul<i32>`, `Neg`, and `Add<Meters> for Millimeters`; each operator a call of the impl's method.
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;

    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Sub for Point {
    type Output = Self;

    fn sub(self, other: Self) -> Self::Output {
        Point { x: self.x - other.x, y: self.y - other.y }
    }
}

impl Mul<i32> for Point {
    type Output = Point;

    fn mul(self, k: i32) -> Point {
        Point { x: self.x * k, y: self.y * k }
    }
}

impl Neg for Point {
    type Output = Point;

    fn neg(self) -> Point {
        Point { x: -self.x, y: -self.y }
    }
}

#[derive(Debug)]
struct Millimeters(u32);
struct Meters(u32);

impl Add<Meters> for Millimeters {
    type Output = Millimeters;

    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + (other.0 * 1000))
    }
}

fn main() {
    let a = Point { x: 1, y: 0 };
    let b = Point { x: 2, y: 3 };
    let c = a + b;
    println!("{:?}", c);
    assert_eq!(c - a, b);
    println!("{:?} {:?}", c * 3, -c);
    println!("{:?}", a + b + c);
    let total = Millimeters(500) + Meters(2);
    println!("{:?}", total);
    println!("{:?}", a.add(b));
}
