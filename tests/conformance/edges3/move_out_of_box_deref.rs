// `*b` moves the String out of a Box (allowed for Box only); the Box's allocation is freed.
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    println!("{s} {}", s.len());
}
