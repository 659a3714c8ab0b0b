// E0106: returning a reference with no lifetime to borrow from (Book ch. 4.2).
fn dangle() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let r = dangle();
    println!("{}", r);
}
