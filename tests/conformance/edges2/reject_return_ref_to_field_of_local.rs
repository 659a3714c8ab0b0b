// E0515: returning a reference into a struct made inside the function.
struct Config {
    name: String,
}

fn default_name() -> &'static str {
    let c = Config { name: String::from("default") };
    &c.name
}

fn main() {
    println!("{}", default_name());
}
