// A `move` closure owns a copy of a Copy capture: later changes outside do not reach it.
fn main() {
    let mut n = 1;
    let f = move || n * 10;
    n += 5;
    println!("{} {}", f(), n);
}
