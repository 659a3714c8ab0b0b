// E0499: two `&mut` rows of the same grid at once.
fn main() {
    let mut grid = vec![vec![1], vec![2]];
    let a = &mut grid[0];
    let b = &mut grid[1];
    a.push(b[0]);
    println!("{:?}", grid);
}
