// rustc accepts: `_ = expr;` discards a value, and a `mut _x` may be updated.
fn main() {
    let mut _count = 0;
    _count += 1;
    _ = _count + 1;
    let v = vec![1, 2];
    _ = v.len();
    println!("{} {:?}", _count, v);
}
