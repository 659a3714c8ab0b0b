// E0261: a signature names a lifetime it never declares (each use is an error, with rustc's suggestion)
fn first(x: &'a str) -> &'a str {
    x
}

fn main() {
    println!("{}", first("a"));
}
