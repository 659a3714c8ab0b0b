// E0499: a &mut to a Vec element is stored and another &mut borrow of the Vec is taken while it is alive.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &mut v[0];
    let last = v.last_mut().unwrap();
    *first += 1;
    *last += 1;
    println!("{:?}", v);
}
