// Near miss of the clone hints: cloning before the move keeps both values usable, so rustc accepts it.
#[derive(Debug, Clone)]
struct Settings {
    name: String,
}

fn main() {
    let name = String::from("ann");
    let copy = name.clone();
    let s = Settings { name: name.clone() };
    let t = s.clone();
    println!("{name} {copy} {:?} {:?}", s, t);
}
