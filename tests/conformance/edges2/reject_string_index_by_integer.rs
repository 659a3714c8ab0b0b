// E0277: a String cannot be indexed by an integer (Book ch. 8.2).
fn main() {
    let s = String::from("hello");
    let h = s[0];
    println!("{}", h);
}
