// Checks the Book's case: using s1 after `let s2 = s1` is rejected with E0382 (borrow of moved value).
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    println!("{s1}, world!");
    println!("{s2}");
}
