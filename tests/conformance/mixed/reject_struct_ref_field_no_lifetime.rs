// E0106: a struct holds a &str field without a lifetime parameter.
struct Excerpt {
    part: &str,
}

fn main() {
    let e = Excerpt { part: "call me" };
    println!("{}", e.part);
}
