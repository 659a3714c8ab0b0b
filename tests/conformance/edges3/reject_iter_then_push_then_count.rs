// E0502: an unconsumed `v.iter()` is used after `v.push`.
fn main() {
    let mut v = vec![1, 2, 3];
    let it = v.iter();
    v.push(4);
    println!("{}", it.count());
}
