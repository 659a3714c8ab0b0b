// Checks an explicit panic! with a formatted message from inside a nested function call.
fn validate(level: u8) -> u8 {
    if level > 10 {
        panic!("level {} is above the maximum of {}", level, 10);
    }
    level
}

fn main() {
    let levels = [3, 10, 11, 2];
    for l in levels {
        println!("level {} ok", validate(l));
    }
}
