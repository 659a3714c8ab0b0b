// E0596: `some_string` is a `&String`; it cannot be pushed to (Book ch. 4.2).
fn change(some_string: &String) {
    some_string.push_str(", world");
}

fn main() {
    let s = String::from("hello");
    change(&s);
    println!("{}", s);
}
