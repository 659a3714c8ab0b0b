fn main() {
    let mut counts = (1, 2);
    let second = &mut counts.1;
    if let (_, 2) = counts {
        println!("two");
    }
    *second += 1;
}
