// E0384: reassigning a binding from a tuple pattern; rustc suggests `mut low` and also `ref mut low`.
fn main() {
    let (low, high) = (1, 9);
    println!("{low}");
    low = 4;
    println!("{low} {high}");
}
