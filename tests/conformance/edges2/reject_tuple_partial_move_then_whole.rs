// E0382: moving `t.0` then using the tuple as a whole.
fn main() {
    let t = (String::from("a"), 5);
    let a = t.0;
    let u = t;
    println!("{} {:?}", a, u);
}
