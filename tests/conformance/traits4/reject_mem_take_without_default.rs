// E0277: `mem::take` needs `Default`, which `Counter` neither derives nor implements.
struct Counter {
    n: u32,
}

fn main() {
    let mut c = Counter { n: 5 };
    let old = std::mem::take(&mut c);
    println!("{} {}", old.n, c.n);
}
