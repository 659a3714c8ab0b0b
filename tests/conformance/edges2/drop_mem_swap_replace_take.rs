// `mem::swap` exchanges, `mem::replace` hands back the old value, `mem::take` leaves a default.
use std::mem;

#[derive(Debug, Default)]
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut x = D(1);
    let mut y = D(2);
    mem::swap(&mut x, &mut y);
    println!("x={} y={}", x.0, y.0);
    let old = mem::replace(&mut x, D(3));
    println!("old={} x={}", old.0, x.0);
    let taken = mem::take(&mut y);
    println!("taken={} y={}", taken.0, y.0);
}
