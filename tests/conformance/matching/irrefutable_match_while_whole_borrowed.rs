// A tuple pattern of wildcards tests nothing, even while the whole tuple is borrowed.
fn main() {
    let mut pair = (1, 2);
    let whole = &mut pair;
    match pair {
        (_, _) => println!("matched"),
    }
    whole.0 = 7;
    println!("{:?}", pair);
}
