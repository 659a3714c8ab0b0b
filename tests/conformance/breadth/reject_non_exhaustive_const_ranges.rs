// Range patterns bounded by consts: the gap they leave is found from the consts' values.
const LOW: u8 = 10;
const HIGH: u8 = 200;

fn main() {
    let level: u8 = 42;
    let name = match level {
        0..LOW => "low",
        LOW..=HIGH => "middle",
    };
    println!("{name}");
}
