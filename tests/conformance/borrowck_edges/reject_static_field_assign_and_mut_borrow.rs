// E0594: assigning to a field of an immutable `static` struct.
struct Config {
    level: u8,
    name: &'static str,
}

static CONFIG: Config = Config { level: 1, name: "default" };

fn main() {
    println!("{} {}", CONFIG.name, CONFIG.level);
    CONFIG.level = 2;
    println!("{}", CONFIG.level);
}
