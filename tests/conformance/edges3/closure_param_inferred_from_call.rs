// A closure parameter without a type takes it from the first call (`|x| x + offset`, then `add(1)`).
fn main() {
    let offset = 5;
    let add = |x| x + offset;
    println!("{}", add(1));
    let scale = |v| v * 3;
    let total = scale(4) + scale(2);
    println!("{total}");
    let half = |f| f / 2.0;
    println!("{}", half(5.0));
}
