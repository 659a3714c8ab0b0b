// &String == &str compares the text (std has String: PartialEq<str>); was E0308.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    println!("{}", v.iter().any(|s| s == "a"));
    let s = String::from("x");
    let r = &s;
    println!("{} {} {} {}", r == "x", s == "x", "x" == s, *r == *"x");
    let t: &str = "x";
    println!("{} {}", s == t, r == t);
}
