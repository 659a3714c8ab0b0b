// `i128::MIN / -1` is the unconditional_panic lint ("this operation will panic at runtime"), not arithmetic_overflow.
fn main() {
    let smallest = i128::MIN;
    let flipped = smallest / -1;
    println!("{}", flipped);
}
