// E0506: assigning to `x` while a reference from the previous iteration is still used.
fn main() {
    let mut x = 0;
    let mut refs: Vec<&i32> = Vec::new();
    for i in 0..3 {
        x = i;
        refs.push(&x);
    }
    println!("{}", refs.len());
}
