// Near miss: `split_at_mut` gives two rows at once.
fn main() {
    let mut grid = vec![vec![1], vec![2]];
    let (top, bottom) = grid.split_at_mut(1);
    top[0].push(bottom[0][0]);
    println!("{:?}", grid);
}
