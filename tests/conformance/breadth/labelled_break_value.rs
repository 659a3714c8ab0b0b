// Checks `break 'label value` out of an outer loop from inside an inner for loop.
fn main() {
    let grid = [[3, 8, 1], [9, 4, 7], [2, 6, 5]];
    let target = 7;
    let found = 'search: loop {
        for (r, row) in grid.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                if *value == target {
                    break 'search (r, c);
                }
            }
        }
        break (99, 99);
    };
    println!("found {target} at {:?}", found);
    let mut n = 0;
    let first_square_over_50 = 'outer: loop {
        n += 1;
        while n * n <= 50 {
            n += 1;
            continue 'outer;
        }
        break 'outer n * n;
    };
    println!("{first_square_over_50}");
}
