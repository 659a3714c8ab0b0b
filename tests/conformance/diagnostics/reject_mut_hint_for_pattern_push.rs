// E0596: pushing to a `for` loop variable; for E0596 rustc suggests plain `mut row`.
fn main() {
    for row in [vec![1], vec![2]] {
        row.push(0);
        println!("{:?}", row);
    }
}
