// E0381: `x` is assigned on one branch only.
fn main() {
    let x: i32;
    let c = "a".len() > 0;
    if c {
        x = 1;
    }
    println!("{}", x);
}
