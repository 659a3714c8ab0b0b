// Near miss: the branch that moves `s` also gives it a new value before the use.
fn main() {
    let mut s = String::from("x");
    let flag = "abc".len() < 5;
    if flag {
        drop(s);
        s = String::from("y");
    }
    println!("{s}");
}
