// The closure borrows `v` mutably from its creation to its last call.
fn main() {
    let mut v = vec![1, 2];
    let mut push = |x| v.push(x);
    push(3);
    println!("{:?}", v);
    push(4);
}
