// Checks that expect on None panics with exactly the given message.
fn main() {
    let names = vec!["ann", "bo"];
    let first = names.first().expect("list should not be empty");
    println!("first is {first}");
    let third = names.get(2).expect("there should be a third name");
    println!("third is {third}");
}
