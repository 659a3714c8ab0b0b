// Indexing past the end panics; `get` returns None (Book ch. 8.1).
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let does_not_exist = v.get(100);
    println!("{:?}", does_not_exist);
    let oops = &v[100];
    println!("{}", oops);
}
