// E0046: `impl Iterator` with `type Item` but no `next`.
struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;
}

fn main() {
    let c = Counter { count: 0 };
    println!("{}", c.count);
}
