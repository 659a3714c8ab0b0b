// Near miss: `split_at_mut` gives two `&mut` halves of one Vec at once, which compiles.
fn main() {
    let mut scores = vec![10, 20, 30];
    let (left, right) = scores.split_at_mut(1);
    std::mem::swap(&mut left[0], &mut right[1]);
    println!("{:?}", scores);
}
