// Checks that struct update syntax moving a String field makes using the whole original struct an E0382 error.
#[derive(Debug)]
struct Config {
    name: String,
    level: u8,
}

fn main() {
    let base = Config { name: String::from("base"), level: 1 };
    let derived = Config { level: 2, ..base };
    println!("{:?}", derived);
    println!("{:?}", base);
}
