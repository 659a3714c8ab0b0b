// Checks that after `let s2 = s1` the String lives in s2, and that a mut s1 can be given a fresh value and used again.
fn main() {
    let mut s1 = String::from("hello");
    let s2 = s1;
    println!("s2 = {s2}");
    s1 = String::from("again");
    println!("s1 = {s1}, s2 = {s2}");
    let s3 = s2.clone();
    let s4 = s3;
    println!("{s4} {}", s2.len());
    let x = 5;
    let y = x;
    println!("x = {x}, y = {y}");
}
