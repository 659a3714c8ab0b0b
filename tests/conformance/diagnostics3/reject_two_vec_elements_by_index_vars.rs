// E0499: `&mut scores[i]` and `&mut scores[j]` of one Vec at once; rustc suggests `split_at_mut`.
fn main() {
    let mut scores = vec![10, 20, 30];
    let i = 0;
    let j = 2;
    let low = &mut scores[i];
    let high = &mut scores[j];
    std::mem::swap(low, high);
    println!("{:?}", scores);
}
