// Checks that moving a String out through a & reference with * is rejected with E0507.
fn take_name(person: &(String, u32)) -> String {
    let (name, _) = *person;
    name
}

fn main() {
    let p = (String::from("ann"), 3);
    println!("{}", take_name(&p));
}
