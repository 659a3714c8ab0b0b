// E0384: an immutable deferred-init variable assigned in a loop.
fn main() {
    let x;
    for i in 0..2 {
        x = i;
        println!("{}", x);
    }
}
