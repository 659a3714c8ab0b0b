// A bare carriage return as a char literal must be escaped.
fn main() {
    let c = '';
    println!("{}", c as u32);
}
