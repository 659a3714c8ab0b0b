// E0382: values moved inside `for` loops: rustc labels each loop around the move ("inside of this loop") and suggests cloning; no hoisting help without a `break`.
fn keep(v: &mut Vec<String>, s: String) {
    v.push(s);
}

fn main() {
    let mut sent = Vec::new();
    let m1 = String::from("a");
    for _ in 0..3 {
        sent.push(m1);
    }
    let m2 = String::from("b");
    for i in 0..3 {
        if i == 1 {
            keep(&mut sent, m2);
        }
    }
    let t = String::from("t");
    let t2 = String::from("t2");
    for _ in 0..2 {
        for _ in 0..2 {
            drop(t);
        }
    }
    let mut k = 0;
    while k < 2 {
        for _ in 0..2 {
            drop(t2);
        }
        k += 1;
    }
    println!("{}", sent.len());
}
