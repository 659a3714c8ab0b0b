// `impl AddAssign`/`SubAssign`/`MulAssign<i32>` by hand: `p += q` calls `add_assign(&mut p, q)`, the left place before the right operand.
use std::ops::{AddAssign, MulAssign, SubAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl AddAssign for Point {
    fn add_assign(&mut self, other: Point) {
        println!("  add_assign {:?}", other);
        self.x += other.x;
        self.y += other.y;
    }
}

impl SubAssign for Point {
    fn sub_assign(&mut self, other: Point) {
        *self = Point { x: self.x - other.x, y: self.y - other.y };
    }
}

impl MulAssign<i32> for Point {
    fn mul_assign(&mut self, k: i32) {
        self.x *= k;
        self.y *= k;
    }
}

fn pick(points: &mut Vec<Point>, i: usize) -> &mut Point {
    println!("  pick {}", i);
    &mut points[i]
}

fn step() -> Point {
    println!("  step");
    Point { x: 1, y: 1 }
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    p += Point { x: 10, y: 20 };
    p -= Point { x: 1, y: 1 };
    p *= 3;
    println!("{:?}", p);
    let mut points = vec![p, Point { x: 0, y: 0 }];
    *pick(&mut points, 1) += step();
    points[0] *= -1;
    p.add_assign(Point { x: 100, y: 0 });
    println!("{:?} {:?}", points, p);
}
