// E0382 beside one unused variable: `let _ = x;` and `let _ = &s;` count as uses for rustc's liveness lint, so only `w` is warned.
fn main() {
    let x = 5;
    let _ = x;
    let s = String::new();
    let _ = &s;
    let v = vec![1];
    let w = v;
    println!("{:?}", v);
}
