// E0507: `v[0].into_bytes()` would move the String out of the Vec.
fn main() {
    let v = vec![String::from("ab")];
    let b = v[0].into_bytes();
    println!("{:?}", b);
}
