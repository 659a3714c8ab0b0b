// E0716: a `&'static String` annotation on a borrow of a temporary that dies at the end of `main`.
fn main() {
    let r: &'static String = &String::from("x");
    println!("{}", r);
}
