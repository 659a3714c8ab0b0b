// Checks labelled break/continue in nested loops, loop with break value, and 2D arrays.
fn main() {
    let grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    let mut found = None;
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &val) in row.iter().enumerate() {
            if val % 7 == 0 {
                found = Some((r, c));
                break 'rows;
            }
        }
    }
    println!("{:?}", found);
    let mut skipped = 0;
    'outer: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'outer;
            }
            if (i + j) % 3 == 0 {
                skipped += 1;
                continue;
            }
            print!("{}{} ", i, j);
        }
    }
    println!("\nskipped {}", skipped);
    let mut n = 27u64;
    let mut steps = 0;
    let peak = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    println!("collatz steps {}", peak);
    let mut counter = 0;
    let res = 'search: loop {
        loop {
            counter += 1;
            if counter == 5 {
                break 'search counter * 2;
            }
            if counter % 2 == 0 {
                break;
            }
        }
    };
    println!("{} {}", res, counter);
    let sum: i32 = grid.iter().map(|row| row.iter().sum::<i32>()).sum();
    println!("{}", sum);
    let col: Vec<i32> = grid.iter().map(|row| row[2]).collect();
    println!("{:?}", col);
}
