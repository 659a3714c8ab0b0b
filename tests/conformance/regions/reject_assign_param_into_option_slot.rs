// rustc rejects: `*slot = Some(s)` puts a reference of one elided lifetime where another is expected.
fn store(slot: &mut Option<&str>, s: &str) {
    *slot = Some(s);
}

fn main() {
    let mut o = None;
    store(&mut o, "y");
    println!("{:?}", o);
}
