// Labelled breaks: the borrow taken in the inner loop ends with it.
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4]];
    let mut found = None;
    'outer: for (i, row) in grid.iter().enumerate() {
        for (j, v) in row.iter().enumerate() {
            if *v == 3 {
                found = Some((i, j));
                break 'outer;
            }
        }
    }
    if let Some((i, j)) = found {
        grid[i][j] = 30;
    }
    println!("{:?}", grid);
}
