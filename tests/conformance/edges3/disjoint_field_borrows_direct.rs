// Near miss: borrowing one field while mutating another field directly is fine.
struct Counter {
    name: String,
    hits: u32,
}

fn main() {
    let mut c = Counter { name: String::from("c"), hits: 0 };
    let n = &c.name;
    c.hits += 1;
    println!("{n} {}", c.hits);
}
