// E0061: calling `greet()` without its one `&str` argument; rustc marks the parameter and suggests `/* &str */`.
fn greet(name: &str) {
    println!("hello {}", name);
}

fn main() {
    greet();
}
