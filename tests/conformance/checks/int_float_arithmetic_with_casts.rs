// near miss rustc accepts: casting before mixing integers and floats; literals of one kind.
fn main() {
    let x: i32 = 3;
    let scaled = x as f64 * 1.5;
    let total = 1.0 + 2.0;
    let sum = 1 + 2;
    let mut f = 1.0;
    f *= 2.0;
    let back = (f * 2.5) as i32 + x;
    println!("{} {} {} {} {}", scaled, total, sum, f, back);
}
