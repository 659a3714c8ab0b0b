// Checks array literals, repeat syntax, len, indexing, 2D arrays and iteration by value.
fn main() {
    let months = ["January", "February", "March"];
    let a: [i32; 5] = [1, 2, 3, 4, 5];
    let zeros = [0u8; 4];
    println!("{} {} {}", months[0], months.len(), a[4]);
    println!("{:?} {:?}", zeros, a);
    let mut grid = [[0; 3]; 2];
    grid[1][2] = 7;
    grid[0][0] = grid[1][2] * 2;
    println!("{:?}", grid);
    let mut total = 0;
    for n in a {
        total += n;
    }
    println!("total {total}");
    let first_month = months[a[0] as usize];
    println!("{first_month}");
}
