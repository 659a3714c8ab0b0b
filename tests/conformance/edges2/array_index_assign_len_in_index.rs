// Near miss: on an array, indexing is built in, so `a[a.len() - 1] = 9` compiles.
fn main() {
    let mut a = [0usize; 3];
    a[a.len() - 1] = 9;
    a[0] = a.len();
    println!("{:?}", a);
}
