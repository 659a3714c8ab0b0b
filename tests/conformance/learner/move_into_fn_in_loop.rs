fn take(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1];
    for _ in 0..2 {
        println!("{}", take(v));
    }
}
