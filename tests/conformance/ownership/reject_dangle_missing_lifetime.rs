// Checks the Book's dangle(): returning &String with no input reference is rejected with E0106 (missing lifetime specifier).
fn dangle() -> &String {
    let s = String::from("hello");
    &s
}

fn main() {
    let reference_to_nothing = dangle();
    println!("{reference_to_nothing}");
}
