// E0507: `unwrap` takes the Option by value; through `&` it would move the String.
fn name_of(o: &Option<String>) -> String {
    o.unwrap()
}

fn main() {
    println!("{}", name_of(&Some(String::from("n"))));
}
