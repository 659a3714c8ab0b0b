// E0505: `s` is moved into `consume` while `r` still borrows it.
fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hi");
    let r = &s;
    let n = consume(s);
    println!("{r} {n}");
}
