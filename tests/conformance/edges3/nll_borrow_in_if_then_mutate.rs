// NLL: a borrow used only inside one `if` branch ends there; mutation after the `if` is fine.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    if *first > 0 {
        println!("first {first}");
    }
    v.push(4);
    println!("{:?}", v);
}
