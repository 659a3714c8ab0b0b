// E0277: `{:?}` on `&Point` whose type has no Debug; the error names `Point` and notes "required for `&Point`".
struct Point {
    x: i32,
}

fn main() {
    let p = Point { x: 3 };
    let r = &p;
    println!("{:?} {}", r, p.x);
}
