// E0716: a temporary `String` borrowed into a `Vec<&'static str>` parameter is freed at the end of the statement.
fn add(v: &mut Vec<&'static str>) {
    v.push(&String::from("x"));
}

fn main() {
    let mut v = Vec::new();
    add(&mut v);
    println!("{:?}", v);
}
