// The near miss of the Rc rejection: `Arc` shares a Vec between threads; counts read after the joins are fixed.
use std::sync::Arc;
use std::thread;

fn main() {
    let shared = Arc::new(vec![10, 20, 30]);
    let mut handles = Vec::new();
    for i in 0..3 {
        let mine = Arc::clone(&shared);
        handles.push(thread::spawn(move || mine[i] * 2));
    }
    let doubled: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{doubled:?}");
    println!("count: {}", Arc::strong_count(&shared));
    let other = shared.clone();
    println!("count: {}, same: {}", Arc::strong_count(&shared), Arc::ptr_eq(&shared, &other));
    println!("{}", std::mem::size_of::<Arc<Vec<i32>>>());
}
