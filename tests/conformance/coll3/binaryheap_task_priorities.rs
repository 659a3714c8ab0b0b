// A to-do list as a BinaryHeap of (priority, name) tuples: the highest priority pops first, ties broken by the name's order.
use std::collections::BinaryHeap;

fn main() {
    let mut todo: BinaryHeap<(u8, String)> = BinaryHeap::new();
    todo.push((2, String::from("write tests")));
    todo.push((5, String::from("fix the build")));
    todo.push((2, String::from("answer mail")));
    todo.push((9, String::from("coffee")));
    todo.push((5, String::from("review")));
    println!("{} tasks, next: {:?}", todo.len(), todo.peek());
    while let Some((priority, task)) = todo.pop() {
        println!("[{priority}] {task}");
        if task == "coffee" {
            todo.push((1, String::from("wash the cup")));
        }
    }
}
