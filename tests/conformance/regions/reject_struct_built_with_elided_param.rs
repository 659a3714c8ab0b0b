// E0621: `Node<'a>` built with an elided `&str` in its `kids`; `build` beside it copies `&'a str` elements and is fine.
#[derive(Debug)]
struct Node<'a> {
    name: &'a str,
    kids: Vec<&'a str>,
}
fn build<'a>(name: &'a str, kids: &[&'a str]) -> Node<'a> {
    let mut n = Node { name, kids: Vec::new() };
    for k in kids {
        n.kids.push(k);
    }
    n
}
fn bad<'a>(name: &'a str, kid: &str) -> Node<'a> {
    Node { name, kids: vec![kid] }
}
fn main() {
    println!("{:?} {:?}", build("r", &["a", "b"]), bad("x", "y"));
}
