// Checks that using a tuple after moving one of its String fields out is rejected with E0382 (partially moved).
fn main() {
    let pair = (String::from("left"), String::from("right"));
    let left = pair.0;
    println!("{left}");
    let again = pair;
    println!("{:?}", again);
}
