// Near miss: `format!` borrows all its arguments; `+` keeps `s2` usable.
fn main() {
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");
    let s = format!("{s1}-{s2}-{s3}");
    let t = s1 + "-" + &s2 + "-" + &s3;
    println!("{} {} {} {}", s, t, s2, s3);
}
