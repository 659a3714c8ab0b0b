// E0596: taking `&mut` of a variable not declared `mut`.
fn add(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let v = Vec::new();
    add(&mut v);
    println!("{:?}", v);
}
