// E0381: a `match` whose arms assign `size` in some cases only: rustc labels each arm that does not, with its guard.
fn main() {
    let n = "abc".len();
    let size: u8;
    match n {
        0 => {
            size = 0;
        }
        x if x > 10 => println!("big {}", x),
        _ => {}
    }
    println!("{}", size);
}
