fn main() {
    let mut data = vec![1, 2, 3];
    let mut closure = || data.push(4);
    println!("{:?}", data);
    closure();
}
