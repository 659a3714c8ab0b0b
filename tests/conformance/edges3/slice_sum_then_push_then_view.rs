// A slice's sum computed, then push, then a fresh shared view printed.
fn main() {
    let mut data = vec![1, 2, 3];
    let slice = &data[..2];
    let sum: i32 = slice.iter().sum();
    data.push(sum);
    let view = &data;
    println!("{:?} {}", view, view.len());
}
