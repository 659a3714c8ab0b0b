// Checks String + &str (moving the left side), += and format! producing the same text.
fn main() {
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");
    let s = s1 + "-" + &s2 + "-" + &s3;
    println!("{s}");
    let f = format!("{s2}-{}-{s3}", "x");
    println!("{f}");
    let mut greeting = String::from("Hello");
    greeting += ", ";
    greeting += &s2;
    println!("{greeting}");
    let n = 42;
    let msg = format!("{:>5}|{:<5}|{:^5}|", n, n, n);
    println!("{msg} {}", msg.len());
    let joined = String::new() + "a" + "b";
    println!("{joined}");
}
