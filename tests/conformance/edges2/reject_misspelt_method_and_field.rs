// E0599 and E0609: a misspelt method and a misspelt field, both reported.
struct Point {
    x: i32,
}

fn main() {
    let p = Point { x: 1 };
    let v = vec![1];
    v.pusj(2);
    println!("{}", p.y);
}
