// E0382: pushing the same Vec into another Vec on each iteration.
fn main() {
    let row = vec![0; 2];
    let mut grid = Vec::new();
    for _ in 0..2 {
        grid.push(row);
    }
    println!("{:?}", grid);
}
