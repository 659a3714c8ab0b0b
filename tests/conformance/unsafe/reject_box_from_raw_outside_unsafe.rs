// E0133: `Box::from_raw` is an unsafe function (`Box::into_raw` is safe)
fn main() {
    let raw = Box::into_raw(Box::new(1));
    let back = Box::from_raw(raw);
    println!("{back}");
}
