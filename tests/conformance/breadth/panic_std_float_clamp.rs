// f64::clamp with min > max panics inside core (the int version at the caller).
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let x = n(3) as f64; println!("{}", x.clamp(10.0, 2.5));
}
