// E0596: `&mut p.v` needs `p` to be declared `mut`.
struct P {
    v: Vec<i32>,
}

fn main() {
    let p = P { v: vec![] };
    let r = &mut p.v;
    r.push(1);
    println!("{:?}", p.v);
}
