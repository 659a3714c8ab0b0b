// E0382: a Box moved as the value of an `if` branch; the clone help is in the branch.
fn main() {
    let first = Box::new(String::from("one"));
    let flag = first.len() > 2;
    let chosen = if flag { first } else { Box::new(String::from("two")) };
    println!("{chosen} {first}");
}
