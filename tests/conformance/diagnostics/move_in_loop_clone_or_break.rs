// Near miss of the loop moves: cloning in the loop, or moving once and leaving the loop, is accepted.
fn main() {
    let mut sent = Vec::new();
    let m1 = String::from("a");
    for _ in 0..3 {
        sent.push(m1.clone());
    }
    let m2 = String::from("b");
    loop {
        sent.push(m2);
        break;
    }
    let mut i = 0;
    while i < 2 {
        let fresh = String::from("c");
        sent.push(fresh);
        i += 1;
    }
    println!("{:?} {}", sent, m1);
}
