fn main() {
    let mut entry = (Some(4), 9);
    let first = &mut entry.0;
    match entry {
        (Some(_), _) => println!("some"),
        (None, _) => println!("none"),
    }
    *first = None;
}
