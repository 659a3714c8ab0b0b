// E0499: a slice pattern's `first` is alive while `&mut v[0]` is taken again.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    if let [first, ..] = &mut v[..] {
        let again = &mut v[0];
        again.push('x');
        first.push('y');
    }
}
