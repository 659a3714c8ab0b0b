// A stack overflow aborts: text printed with print! after the last newline is still in stdout's buffer and never appears (134).
fn depth(n: u64) -> u64 {
    if n == u64::MAX {
        return n;
    }
    1 + depth(n + 1)
}

fn main() {
    println!("complete line");
    print!("partial line without newline");
    println!("{}", depth(0));
}
