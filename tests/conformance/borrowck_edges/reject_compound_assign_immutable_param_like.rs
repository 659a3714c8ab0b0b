// E0384: a compound assignment to an immutable local that was assigned later than its declaration.
fn main() {
    let total;
    total = 10;
    total *= 2;
    println!("{}", total);
}
