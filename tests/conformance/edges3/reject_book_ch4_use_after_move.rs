// E0382: the Book's ch. 4 `let s2 = s1;` then printing `s1`.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    let s3 = s2.clone();
    println!("{s1}, {s3}");
}
