// E0382: a `move` closure made in a loop takes the same String on each iteration.
fn main() {
    let s = String::from("x");
    let mut fs = Vec::new();
    for _ in 0..2 {
        fs.push(move || s.len());
    }
    println!("{}", fs.len());
}
