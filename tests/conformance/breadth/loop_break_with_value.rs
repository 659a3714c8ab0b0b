// Checks `loop` returning a value through `break value` and a loop counting Collatz steps.
fn collatz_steps(start: u64) -> u32 {
    let mut n = start;
    let mut steps = 0;
    loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
}

fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("result {result}");
    for s in [1, 6, 7, 27] {
        println!("collatz({s}) = {}", collatz_steps(s));
    }
}
