// A pattern moving fields out of `*b` (a Box a local holds): dropping `b` later frees
// its block and what was not moved, not the moved String again (was a double free).
#![allow(dead_code)]
struct W(String, String);
struct N {
    name: String,
    tag: u8,
}
fn main() {
    let b = Box::new(W(String::from("x"), String::from("y")));
    let W(s, _) = *b;
    println!("{}", s);
    let n = Box::new(N { name: String::from("n"), tag: 3 });
    let N { name, tag } = *n;
    println!("{name} {tag}");
}
