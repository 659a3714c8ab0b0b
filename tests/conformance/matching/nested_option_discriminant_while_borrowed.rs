fn main() {
    let mut entry = (Some(4), 9);
    let count = &mut entry.1;
    match entry {
        (Some(n), _) => println!("some {n}"),
        (None, _) => println!("none"),
    }
    *count += 1;
    println!("{:?}", entry);
}
