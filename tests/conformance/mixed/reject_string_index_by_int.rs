// E0277: indexing a String with an integer.
fn main() {
    let s = String::from("hello");
    let c = s[0];
    println!("{}", c);
}
