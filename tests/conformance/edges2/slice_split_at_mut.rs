// Near miss: `split_at_mut` hands out two disjoint `&mut` halves.
fn main() {
    let mut a = [1, 2, 3, 4];
    let (left, right) = a.split_at_mut(2);
    left[0] += right[0];
    right[1] *= left[1];
    println!("{:?}", a);
}
