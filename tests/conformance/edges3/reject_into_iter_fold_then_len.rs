// E0382: `into_iter` consumed the Vec; `v.len()` afterwards is a use after move.
fn main() {
    let v = vec![1, 2, 3];
    let total = v.into_iter().fold(0, |acc, x| acc + x);
    println!("{total} {}", v.len());
}
