// E0507: `let text = *shared;` moves out of an Rc; rustc suggests removing the `*` or `shared.clone()`, as before/after lines.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("data"));
    let text = *shared;
    println!("{text}");
}
