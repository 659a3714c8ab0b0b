// std's own code panics: rustc reports library/core/src/num/mod.rs, not this line.
fn n(x: usize) -> usize {
    x
}

fn main() {
    println!("start");
    let x = n(3) as i32; println!("{}", x.pow(n(40) as u32));
}
