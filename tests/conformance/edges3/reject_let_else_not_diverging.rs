// E0308: the `else` block of `let … else` must diverge.
fn main() {
    let v = vec![1, 2];
    let Some(x) = v.first() else {
        println!("empty");
    };
    println!("{x}");
}
