// A number is never cast to bool (compare it instead): E0054.
fn main() {
    let x = 3.7 as bool;
    println!("{}", x);
}
