// E0382: `s1 + &s2` moves `s1` into the result (Book ch. 8.2).
fn main() {
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{} {} {}", s1, s2, s3);
}
