// Panics with attempt to divide by zero when averaging an empty Vec with integer division.
fn average(v: &[i32]) -> i32 {
    let sum: i32 = v.iter().sum();
    sum / v.len() as i32
}

fn main() {
    println!("{}", average(&[3, 4, 8]));
    let empty: Vec<i32> = Vec::new();
    println!("{}", average(&empty));
}
