// sync_channel(0): each send waits for its recv (a rendezvous); several producers.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::sync_channel::<String>(0);
    let mut handles = Vec::new();
    for id in 0..3 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            tx.send(format!("worker {id}")).unwrap();
            id * 10
        }));
    }
    drop(tx);
    let mut got = Vec::new();
    while let Ok(s) = rx.recv() {
        got.push(s);
    }
    got.sort();
    let ids: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{got:?} {ids:?}");
}
