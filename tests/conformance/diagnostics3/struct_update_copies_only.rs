// Near miss: a struct update that takes only Copy fields from `base` leaves it whole, and reading a field not moved is fine.
struct Point {
    x: i32,
    y: i32,
    label: String,
}

fn main() {
    let base = Point { x: 1, y: 2, label: String::from("a") };
    let moved = Point { label: String::from("b"), ..base };
    println!("{} {} {}", base.label, moved.x, moved.label);
    let again = Point { x: 5, ..moved };
    println!("{} {} {}", again.x, again.y, moved.x);
}
