// Near miss: two `&mut` to different fields of one struct.
struct Pair {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn main() {
    let mut p = Pair { a: vec![1], b: vec![2] };
    let x = &mut p.a;
    let y = &mut p.b;
    x.push(y[0]);
    y.push(x[0]);
    println!("{:?} {:?}", p.a, p.b);
}
