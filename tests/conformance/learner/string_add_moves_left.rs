fn main() {
    let s1 = String::from("a");
    let s2 = String::from("b");
    let s3 = s1 + &s2;
    println!("{s3} {s2}");
    println!("{s1}");
}
