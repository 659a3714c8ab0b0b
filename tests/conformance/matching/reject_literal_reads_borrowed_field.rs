// A literal in a match arm compares the field under it: that field is read.
fn main() {
    let mut point = (0, 5);
    let x = &mut point.0;
    match point {
        (0, _) => println!("on the y axis"),
        _ => println!("elsewhere"),
    }
    *x = 3;
}
