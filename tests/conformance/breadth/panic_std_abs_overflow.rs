// i64::MIN.abs() overflows inside std (reported at std's int_impl! line for i64).
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let x = i64::MIN + n(0) as i64; println!("{}", x.abs());
}
