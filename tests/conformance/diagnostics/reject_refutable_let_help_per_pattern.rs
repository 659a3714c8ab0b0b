enum Shape {
    Circle(f64),
    Square(f64),
    Dot,
}

fn main() {
    let opt: Option<i32> = Some(3);
    let Some(_) = opt;
    let r: Result<u8, String> = Ok(1);
    let Ok(v): Result<u8, String> = r;
    let s = Shape::Dot;
    let Shape::Circle(radius) = s;
    let pairs = vec![Some(1), None];
    for Some(p) in pairs {
        println!("{p}");
    }
    let t = (1, true);
    let (a, true) = t;
    println!("{v} {radius} {a}");
}
