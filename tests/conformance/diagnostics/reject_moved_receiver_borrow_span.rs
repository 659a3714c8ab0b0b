// E0382: `values.len()` after `values` moved; rustc's primary span is the receiver `values` only.
fn main() {
    let values = vec![1, 2, 3];
    let kept = values;
    println!("{} {}", kept.len(), values.len());
}
