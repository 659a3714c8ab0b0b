// Checks that unbounded recursion overflows the stack and aborts the process (SIGABRT, exit 134) after earlier output.
fn countdown(n: u64) -> u64 {
    if n == u64::MAX {
        return 0;
    }
    1 + countdown(n + 1)
}

fn main() {
    println!("starting a recursion that never ends");
    let depth = countdown(0);
    println!("depth {depth}");
}
