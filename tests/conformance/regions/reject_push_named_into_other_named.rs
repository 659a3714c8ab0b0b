// rustc rejects: pushing a `&'b str` into a `Vec<&'a str>` needs `'b: 'a`, which the signature does not say.
fn add<'a, 'b>(v: &mut Vec<&'a str>, s: &'b str) {
    v.push(s);
}

fn main() {
    let mut v = Vec::new();
    add(&mut v, "x");
    println!("{:?}", v);
}
