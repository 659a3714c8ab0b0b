// Checks that assigning to a field of a struct bound without mut is rejected with E0594.
struct Counter {
    count: u32,
}

fn main() {
    let c = Counter { count: 0 };
    c.count = 5;
    println!("{}", c.count);
}
