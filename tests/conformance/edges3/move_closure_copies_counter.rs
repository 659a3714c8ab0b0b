// A `move` closure gets its own copy of an i32 counter; the outer `counter` stays 0.
fn main() {
    let mut counter = 0;
    let mut inc = move || { counter += 1; counter };
    println!("{} {}", inc(), inc());
    println!("{counter}");
}
