// Trait methods work on unsuffixed literals (Ord, Clone, ToString); inherent ones do not.
fn main() {
    let x = 7;
    let y = 2.5;
    println!("{} {} {:?} {}", x.max(3), x.to_string(), x.cmp(&4), y.clone());
}
