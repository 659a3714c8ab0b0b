// Building strings: push_str of slices of another String, insert, pop, truncate.
fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&w[..2]);
    }
    out.insert(0, '[');
    out.push(']');
    let last = out.pop();
    out.truncate(3);
    println!("{} {:?} {} {}", out, last, out.len(), out.capacity());
}
