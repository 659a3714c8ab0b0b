// A slice pattern `[first, second]` on `&mut v[..]` borrows two distinct elements mutably.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    if let [first, second] = &mut v[..] {
        first.push_str(second);
    }
    println!("{:?}", v);
}
