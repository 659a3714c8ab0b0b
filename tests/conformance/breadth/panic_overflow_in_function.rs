// Checks that i32 overflow inside a called function panics with `attempt to add with overflow` at the addition.
fn running_total(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
        println!("running total {total}");
    }
    total
}

fn main() {
    let values = vec![1_000_000_000, 1_000_000_000, 1_000_000_000];
    println!("{}", running_total(&values));
}
