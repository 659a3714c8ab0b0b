// While `for x in &mut it` runs, `it` is mutably borrowed: no `it.next()` inside.
fn main() {
    let v = vec![1, 2];
    let mut it = v.iter();
    for x in &mut it {
        println!("{:?} {}", it.next(), x);
    }
}
