// Boxed `move` closures made in a loop each capture their own `i`.
fn main() {
    let mut fs: Vec<Box<dyn Fn() -> i32>> = Vec::new();
    for i in 0..3 {
        fs.push(Box::new(move || i * 10));
    }
    let total: i32 = fs.iter().map(|f| f()).sum();
    println!("{total}");
}
