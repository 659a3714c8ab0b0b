// Checks that using a String after passing it by value to a function is rejected with E0382.
fn takes_ownership(some_string: String) {
    println!("{some_string}");
}

fn main() {
    let s = String::from("hello");
    takes_ownership(s);
    let len = s.len();
    println!("{len}");
}
