// E0597: a local's borrow pushed into the caller's vector, whose references have the elided lifetime `'1`.
fn add(v: &mut Vec<&str>) {
    let s = String::from("x");
    v.push(&s);
}

fn main() {
    let mut v = Vec::new();
    add(&mut v);
    println!("{:?}", v);
}
