// Near misses of moves in loops: a clone each time, a move then a break, a fresh value
// per iteration, a reassignment before the next iteration.
fn take(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2];
    for _ in 0..2 {
        println!("{}", take(v.clone()));
    }
    let s = String::from("once");
    loop {
        let t = s;
        println!("{t}");
        break;
    }
    for i in 0..2 {
        let fresh = format!("n{i}");
        let moved = fresh;
        println!("{moved}");
    }
    let mut w = String::from("w");
    for i in 0..3 {
        let t = w;
        println!("{t}");
        w = format!("w{i}");
    }
    println!("{w} {}", v.len());
}
