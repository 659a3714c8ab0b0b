fn main() {
    let p = (0, 3);
    match p {
        (xx, 0) | (0, x) => println!("{x}"),
        _ => {}
    }
}
