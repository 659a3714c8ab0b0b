// Checks the Book's change(&mut s) where s is not declared mut, rejected with E0596.
fn change(some_string: &mut String) {
    some_string.push_str(", world");
}

fn main() {
    let s = String::from("hello");
    change(&mut s);
    println!("{s}");
}
