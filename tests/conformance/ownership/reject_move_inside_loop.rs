// Checks that moving a value inside a loop body is rejected with E0382 (moved in a previous iteration).
fn consume(v: Vec<i32>) -> i32 {
    v.len() as i32
}

fn main() {
    let data = vec![1, 2, 3];
    let mut total = 0;
    for _ in 0..3 {
        total += consume(data);
    }
    println!("{total}");
}
