// Writing through a Vec's index borrows the Vec mutably: E0596 at the Vec when it is not
// `mut`, E0502 at the Vec while it is borrowed, for `=`, `+=` and a method call alike.
fn main() {
    let v = vec![1];
    v[0] = 2;
    let w = vec![1];
    w[0] += 2;
    let mut x = vec![String::new()];
    let r = &x;
    x[0] += "a";
    x[0].push(1 as char);
    println!("{r:?}");
}
