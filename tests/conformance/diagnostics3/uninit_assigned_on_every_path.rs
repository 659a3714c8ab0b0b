// Near misses: a binding assigned on every path of an `if`/`else`, a `match` and a `loop` compiles.
fn main() {
    let n = "abc".len();
    let grade: char;
    if n > 2 {
        grade = 'A';
    } else {
        grade = 'B';
    }
    let size: u8;
    match n {
        0 => size = 0,
        _ => size = 1,
    }
    let first: usize;
    loop {
        first = n;
        break;
    }
    println!("{} {} {}", grade, size, first);
}
