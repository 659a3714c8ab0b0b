// Checks that taking &mut while shared borrows are still used later is rejected with E0502.
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &mut s;
    r2.push('!');
    println!("{r1}");
}
