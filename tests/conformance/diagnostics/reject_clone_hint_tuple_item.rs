// E0382: an Option<String> moved into a tuple; the clone help is inside the tuple.
fn main() {
    let label = Some(String::from("x"));
    let pair = (label, 1);
    println!("{:?} {:?}", pair, label);
}
