// The near miss: with `#[derive(Default)]` `mem::take` leaves the default behind and `unwrap_or_default` builds one.
#[derive(Debug, Default)]
struct Counter {
    n: u32,
    name: String,
}

fn main() {
    let mut c = Counter { n: 5, name: String::from("c") };
    let old = std::mem::take(&mut c);
    println!("{:?} {:?}", old, c);
    let none: Option<Counter> = None;
    println!("{:?}", none.unwrap_or_default());
}
