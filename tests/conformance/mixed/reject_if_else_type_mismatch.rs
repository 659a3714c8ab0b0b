// E0308: the if and else branches of a let produce a String and an integer.
fn main() {
    let n = 3;
    let label = if n > 2 { String::from("many") } else { n };
    println!("{}", label);
}
