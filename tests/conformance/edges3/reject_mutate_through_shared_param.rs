// E0596: `push` through a `&Vec` parameter.
fn add(v: &Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = Vec::new();
    add(&v);
    println!("{:?}", v);
}
