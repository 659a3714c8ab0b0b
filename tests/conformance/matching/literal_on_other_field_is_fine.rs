// The literal tests `point.1`; the live borrow is of `point.0`: no conflict.
fn main() {
    let mut point = (0, 5);
    let x = &mut point.0;
    match point {
        (_, 5) => println!("five high"),
        _ => println!("elsewhere"),
    }
    *x = 3;
    if let (_, 5) = point {
        println!("still five, x now {}", point.0);
    }
}
