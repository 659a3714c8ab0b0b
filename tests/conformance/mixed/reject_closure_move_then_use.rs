// E0382: a String moved into a move closure is used afterwards.
fn main() {
    let s = String::from("data");
    let f = move || s.len();
    println!("{}", f());
    println!("{}", s);
}
