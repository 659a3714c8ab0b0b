// `impl Default for Config` by hand: `Config::default()`, `Default::default()` with the type annotated, and `..Default::default()`.
#[derive(Debug)]
struct Config {
    verbose: bool,
    level: u8,
    name: String,
    tags: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        println!("building the default config");
        Config { verbose: false, level: 3, name: String::from("app"), tags: vec![String::from("x")] }
    }
}

#[derive(Debug, Default)]
struct Counters {
    hits: u32,
    misses: u32,
    label: String,
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let d = Config { level: 9, verbose: true, ..Default::default() };
    println!("{} {} {} {:?}", d.verbose, d.level, d.name, d.tags);
    let e: Config = Default::default();
    println!("{}", e.name.len() + e.tags.len());
    let k = Counters { hits: 2, ..Default::default() };
    let z: Counters = Default::default();
    println!("{:?} {:?}", k, z);
}
