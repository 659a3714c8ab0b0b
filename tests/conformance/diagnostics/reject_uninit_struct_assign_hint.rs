// E0381: a struct without Default used uninitialised; rustc suggests `= /* value */`.
struct Config {
    verbose: bool,
}

fn main() {
    let config: Config;
    if config.verbose {
        println!("verbose");
    }
}
