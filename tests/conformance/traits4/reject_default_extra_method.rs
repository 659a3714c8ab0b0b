// E0407: `impl Default for Config` defines `new`, which is not a member of `Default`.
#[derive(Debug)]
struct Config {
    level: u8,
}

impl Default for Config {
    fn default() -> Self {
        Config { level: 3 }
    }
    fn new() -> Self {
        Config { level: 1 }
    }
}

fn main() {
    println!("{:?}", Config::default());
}
