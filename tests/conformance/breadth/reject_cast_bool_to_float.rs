// `as` converts bool only to integers: `true as f64` is E0606.
fn main() {
    let x = true as f64;
    println!("{}", x);
}
