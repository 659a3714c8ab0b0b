// `peek` borrows the iterator mutably for as long as its reference is used.
fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.iter().peekable();
    let p = it.peek();
    it.next();
    println!("{:?}", p);
}
