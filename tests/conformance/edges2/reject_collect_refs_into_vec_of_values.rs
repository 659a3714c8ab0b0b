// E0277: `iter()` yields `&i32`; a `Vec<i32>` cannot be collected from references.
fn main() {
    let v = [1, 2].iter().collect::<Vec<i32>>();
    println!("{:?}", v);
}
