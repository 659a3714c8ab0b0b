// Checks shadowing inside loops, match arms and if blocks, with the outer binding visible again afterwards.
fn main() {
    let x = 10;
    let label = "outer";
    for i in 0..3 {
        let x = x + i;
        let label = if x % 2 == 0 { "even" } else { "odd" };
        println!("{i}: {x} {label}");
    }
    println!("{x} {label}");
    let value = Some(7);
    let x = match value {
        Some(x) if x > 5 => x * 100,
        Some(x) => x,
        None => 0,
    };
    println!("{x}");
    let x = {
        let x = x / 7;
        x + 1
    };
    println!("{x} {}", label.len());
}
