// `for x in &mut it` advances `it` itself: after a `break` the rest is still there.
fn main() {
    let words = vec!["alpha", "beta", "gamma", "delta"];
    let mut it = words.iter().map(|w| {
        println!("visiting {}", w);
        w.len()
    });
    for n in &mut it {
        if n == 4 {
            break;
        }
    }
    println!("rest: {:?}", it.next());
    let mut lines = "a\nb\n\nc\nd".lines();
    let mut header = Vec::new();
    for line in &mut lines {
        if line.is_empty() {
            break;
        }
        header.push(line);
    }
    let body: Vec<&str> = lines.collect();
    println!("{:?} {:?}", header, body);
}
