// Panics with attempt to add with overflow when a u8 accumulator in a struct field overflows in a loop.
struct Meter {
    level: u8,
}

fn main() {
    let mut m = Meter { level: 200 };
    for step in [20, 30, 10] {
        m.level += step;
        println!("level {}", m.level);
    }
}
