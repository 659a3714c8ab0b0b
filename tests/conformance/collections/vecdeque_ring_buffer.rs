// VecDeque as a queue: push_back/push_front/pop_front/pop_back, front/back/get, capacity growth, a turn queue of Strings.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    println!("{} {}", q.len(), q.capacity());
    q.push_back(1);
    q.push_back(2);
    q.push_front(0);
    println!("{:?} cap {}", q, q.capacity());
    q.push_front(-1);
    q.push_back(3);
    println!("{:?} cap {}", q, q.capacity());
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    println!("{:?} {:?} {:?} {:?}", q.front(), q.back(), q.get(1), q.get(9));
    for x in &q {
        print!("{x} ");
    }
    println!();
    let mut turns = VecDeque::with_capacity(3);
    for name in ["ann", "bob", "cy"] {
        turns.push_back(String::from(name));
    }
    for _ in 0..4 {
        let who = turns.pop_front().unwrap();
        println!("{who}'s turn");
        turns.push_back(who);
    }
    turns.push_front(String::from("zed"));
    println!("{:?} {} {}", turns, turns.len(), turns.capacity());
    println!("{}", turns.contains(&String::from("bob")));
    let copy = turns.clone();
    turns.clear();
    println!("{} {:?} {}", turns.is_empty(), copy, copy.capacity());
    println!("{}", std::mem::size_of::<VecDeque<i32>>());
    let total: i32 = q.iter().sum();
    println!("{total}");
    for x in q {
        print!("[{x}]");
    }
    println!();
}
