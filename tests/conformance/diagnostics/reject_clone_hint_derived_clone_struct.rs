// E0382: a struct that derives Clone, moved and reused; rustc suggests `.clone()`.
#[derive(Debug, Clone)]
struct Settings {
    name: String,
    level: u8,
}

fn main() {
    let base = Settings { name: String::from("base"), level: 1 };
    let copy = base;
    println!("{:?} {:?}", copy, base);
}
