// Panics calling unwrap() on the None returned by iter().find() on a Vec of structs.
#[derive(Debug)]
struct Task {
    id: u32,
    done: bool,
}

fn main() {
    let tasks = vec![Task { id: 1, done: true }, Task { id: 2, done: true }];
    println!("{:?}", tasks);
    let open = tasks.iter().find(|t| !t.done).unwrap();
    println!("{}", open.id);
}
