// `#[derive(Copy)]` without `Clone` is E0277 (`Copy` requires `Clone`)
#[derive(Copy)]
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    let q = p;
    println!("{} {}", p.x, q.x);
}
