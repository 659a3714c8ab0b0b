// E0277: "cannot add a float to an integer" for `1 + 2.0` (two literals of different kinds).
fn main() {
    let total = 1 + 2.0;
    println!("{}", total);
}
