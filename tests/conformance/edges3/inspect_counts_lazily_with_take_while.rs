// `inspect` counts only the elements `take_while` pulls (one past the last kept).
fn main() {
    let mut count = 0;
    let v: Vec<i32> = (1..=10).inspect(|_| count += 1).take_while(|x| x * x < 20).collect();
    println!("{:?} {count}", v);
}
