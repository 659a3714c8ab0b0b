// E0621: the vector holds `&'a str`, the pushed parameter's lifetime is elided.
fn add<'a>(v: &mut Vec<&'a str>, s: &str) {
    v.push(s);
}

fn main() {
    let mut v = Vec::new();
    add(&mut v, "x");
    println!("{:?}", v);
}
