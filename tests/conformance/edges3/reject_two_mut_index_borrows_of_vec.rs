// E0499: `&mut v[0]` and `&mut v[1]` on a Vec both go through IndexMut on `v`.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let first = &mut v[0];
    let second = &mut v[1];
    first.push_str(second);
}
