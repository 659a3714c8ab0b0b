// Mutating a grid: indices, `iter_mut` rows, and `get_mut`.
fn main() {
    let mut grid = vec![vec![0; 3]; 2];
    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            grid[r][c] = r * 3 + c;
        }
    }
    for row in grid.iter_mut() {
        row.reverse();
    }
    if let Some(cell) = grid.get_mut(1).and_then(|row| row.get_mut(0)) {
        *cell = 99;
    }
    println!("{:?}", grid);
}
