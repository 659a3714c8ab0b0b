// E0507: `let (name, age) = *person;` moves the String `name` out of the tuple behind `&`; rustc labels the binding and suggests removing the `*`.
fn describe(person: &(String, u32)) -> String {
    let (name, age) = *person;
    format!("{} is {}", name, age)
}

fn main() {
    let p = (String::from("Ada"), 36);
    println!("{}", describe(&p));
}
