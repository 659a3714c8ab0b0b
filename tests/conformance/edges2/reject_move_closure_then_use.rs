// E0382: a `move` closure takes the Vec; it cannot be used afterwards.
fn main() {
    let v = vec![1, 2, 3];
    let f = move || v.len();
    println!("{} {:?}", f(), v);
}
