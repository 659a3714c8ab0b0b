// E0384: assigning to a parameter not declared `mut`; rustc suggests `mut limit` in the signature.
fn clamp(value: i32, limit: i32) -> i32 {
    if value > limit {
        limit = value;
    }
    limit
}

fn main() {
    println!("{}", clamp(5, 3));
}
