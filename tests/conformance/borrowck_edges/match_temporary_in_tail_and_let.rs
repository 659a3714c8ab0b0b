// rustc accepts: `ref` bindings into temporary scrutinees used within a `let` initialiser and a function's tail.
fn make(n: i32) -> Option<String> {
    if n > 0 { Some("x".repeat(n as usize)) } else { None }
}

fn length(n: i32) -> usize {
    match make(n) {
        Some(ref s) => s.len(),
        None => 0,
    }
}

fn main() {
    let shown = match make(3) {
        Some(ref s) => format!("<{}>", s),
        None => String::from("none"),
    };
    while let Some(ref s) = make(0) {
        println!("never {}", s);
    }
    println!("{} {} {}", shown, length(2), length(-1));
}
