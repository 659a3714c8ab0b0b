// Near misses: `chars().rev()`, `bytes().enumerate().rev()`, `iter().skip(1).rev()` all compile.
fn main() {
    let s = "héllo";
    for c in s.chars().rev() {
        print!("{}", c);
    }
    for (i, c) in s.char_indices().rev() {
        print!(" {}{}", i, c);
    }
    println!();
    let v = vec![1, 2, 3];
    for (i, x) in v.iter().enumerate().rev() {
        print!("{}{} ", i, x);
    }
    for x in v.iter().skip(1).rev() {
        print!("{} ", x);
    }
    for x in (0..10).step_by(3).rev() {
        print!("{} ", x);
    }
    for (i, b) in s.bytes().enumerate().rev().take(2) {
        print!("{}:{} ", i, b);
    }
    for x in v.iter().map(|x| x * 2).filter(|x| *x > 2).rev() {
        print!("{} ", x);
    }
    let chars: Vec<char> = s.chars().collect();
    for (i, c) in chars.iter().enumerate().rev() {
        print!("{}{} ", i, c);
    }
    println!();
}
