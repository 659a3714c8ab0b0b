// Moves inside a format macro argument and `vec!`: the clone help as anywhere.
fn take(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1];
    println!("{}", take(v));
    println!("{}", take(v));
    let s = String::new();
    let w = vec![s];
    println!("{s} {w:?}");
}
