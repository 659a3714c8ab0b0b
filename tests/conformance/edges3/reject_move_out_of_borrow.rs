// E0507: moving a String out from behind a `&` reference.
fn take(s: &String) -> String {
    *s
}

fn main() {
    let s = String::from("hi");
    println!("{}", take(&s));
}
