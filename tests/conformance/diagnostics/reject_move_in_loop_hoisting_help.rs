// E0382: a call moving a value inside a `while` loop, or a loop with a `break`: rustc suggests moving the call out of the loop, then cloning.
fn main() {
    let mut sent = Vec::new();
    let m1 = String::from("a");
    let mut i = 0;
    while i < 3 {
        sent.push(m1);
        i += 1;
    }
    let m3 = String::from("b");
    loop {
        if sent.len() > 5 {
            break;
        }
        drop(m3);
    }
    let s = String::from("c");
    'outer: for _ in 0..2 {
        if sent.is_empty() {
            std::mem::drop(s);
            break 'outer;
        }
    }
    println!("{s}");
}
