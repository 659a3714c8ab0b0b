// expect's message is only read if it panics: a temporary message does not tie the result.
fn main() {
    let v = vec![1];
    let first = v.first().expect(&format!("len {}", v.len()));
    println!("{}", first);
}
