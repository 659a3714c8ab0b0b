// Checks that unary minus on i32::MIN panics in a debug build with `attempt to negate with overflow`.
fn flip(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", flip(-5));
    let values = [3, i32::MIN + 1, i32::MIN];
    for v in values {
        println!("{}", flip(v));
    }
}
