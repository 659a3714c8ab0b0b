// A closure made in each iteration captures that iteration's values.
fn main() {
    let mut results = Vec::new();
    for i in 1..4 {
        let label = format!("n{}", i);
        let describe = |x: i32| format!("{}={}", label, x * i);
        results.push(describe(10));
    }
    println!("{:?}", results);
}
