// Checks that returning a reference to a local String (with an explicit 'static to satisfy E0106) is rejected with E0515.
fn make_greeting(name: &str) -> &'static str {
    let s = format!("hello {name}");
    &s
}

fn main() {
    println!("{}", make_greeting("ann"));
}
