// E0507: the pattern `&a` in a parameter would move the String out of the reference.
fn show(&a: &String) {
    println!("{}", a);
}

fn main() {
    show(&String::from("x"));
}
