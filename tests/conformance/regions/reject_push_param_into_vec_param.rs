// rustc rejects: `v.push(s)` stores a reference of one elided lifetime in a vector of references of another.
fn push(v: &mut Vec<&str>, s: &str) {
    v.push(s)
}

fn main() {
    let mut words = Vec::new();
    push(&mut words, "hello");
    println!("{:?}", words);
}
