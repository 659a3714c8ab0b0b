// E0596: `v` is not declared `mut` (Book ch. 8.1).
fn main() {
    let v: Vec<i32> = Vec::new();
    v.push(1);
    println!("{:?}", v);
}
