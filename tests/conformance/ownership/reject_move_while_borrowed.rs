// Checks that moving a String while a reference to it is still used is rejected with E0505.
fn main() {
    let s = String::from("hello");
    let r = &s;
    let moved = s;
    println!("{r} {moved}");
}
