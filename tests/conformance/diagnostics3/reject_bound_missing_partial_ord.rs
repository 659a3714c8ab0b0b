// E0369: `a > b` on two values of a type parameter with no bound; rustc suggests `T: std::cmp::PartialOrd`.
fn max_of<T>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    println!("{}", max_of(3, 7));
}
