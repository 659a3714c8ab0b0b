// E0382: the use is an inline capture on the second line of a multi-line format string.
fn main() {
    let name = String::from("x");
    let other = name;
    println!("first line
then {name} and {other}");
}
