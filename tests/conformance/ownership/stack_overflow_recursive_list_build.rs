// Checks that recursion with a large local array per frame overflows the stack and aborts with exit 134.
fn fill(depth: u32, acc: u64) -> u64 {
    let buffer = [depth as u64; 64];
    let mut sum = acc;
    for b in buffer {
        sum = sum.wrapping_add(b);
    }
    if depth == 0 {
        return sum;
    }
    fill(depth - 1, sum) + buffer[(depth % 64) as usize]
}

fn main() {
    println!("small: {}", fill(10, 0));
    println!("huge: {}", fill(100_000_000, 0));
}
