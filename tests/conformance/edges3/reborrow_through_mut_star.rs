// Reborrowing through `&mut *r` lets a helper mutate, then the original reference is used again.
fn add_one(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut n = 5;
    let r = &mut n;
    add_one(&mut *r);
    add_one(r);
    *r *= 2;
    println!("{n}");
}
