// Checks that shadowing with let creates a new binding that may have a different type, and inner shadows end with their block.
fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x: {x}");
        let x: u8 = 7;
        println!("inner x again: {x}");
    }
    println!("outer x: {x}");
    let x: bool = x > 5;
    println!("now x is a bool: {x}");
    let x: u64 = 10_000_000_000;
    println!("and now a u64: {x}");
}
