// An array with a String is a real temporary: collecting references to it is E0716.
fn main() {
    let v: Vec<&String> = [String::new()].iter().collect();
    println!("{:?}", v);
}
