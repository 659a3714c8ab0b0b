// Checks that indexing a Vec with an i32 instead of usize is rejected with E0277.
fn main() {
    let v = vec![10, 20, 30];
    let i: i32 = 1;
    println!("{}", v[i]);
}
