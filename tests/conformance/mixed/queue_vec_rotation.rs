// Checks a round-robin scheduler using a Vec as a queue (remove(0), push), tuples of (String, u32) and while loops.
fn main() {
    let mut queue: Vec<(String, u32)> = vec![
        ("A".to_string(), 5),
        ("B".to_string(), 2),
        ("C".to_string(), 7),
    ];
    let quantum = 3;
    let mut time = 0;
    let mut finished = Vec::new();
    while !queue.is_empty() {
        let (name, remaining) = queue.remove(0);
        let run = remaining.min(quantum);
        time += run;
        if remaining > quantum {
            println!("t={:>2} {} ran {} left {}", time, name, run, remaining - run);
            queue.push((name, remaining - run));
        } else {
            println!("t={:>2} {} finished", time, name);
            finished.push(name);
        }
    }
    println!("{:?}", finished);
    let mut ring = vec![1, 2, 3, 4, 5];
    ring.rotate_left(2);
    println!("{:?}", ring);
    let drained: Vec<i32> = ring.drain(..2).collect();
    println!("{:?} {:?}", drained, ring);
    ring.extend(vec![9, 8]);
    println!("{:?}", ring);
}
