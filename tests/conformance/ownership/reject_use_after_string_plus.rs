// Checks that `s1 + &s2` moves s1, so using s1 afterwards is rejected with E0382.
fn main() {
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2;
    println!("{s3} {s2}");
    println!("{s1}");
}
