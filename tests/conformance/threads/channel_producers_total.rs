// Several producers share a channel through cloned Senders; main adds up everything received, whatever the order.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 1..=3 {
        let tx = tx.clone();
        thread::spawn(move || {
            for k in 0..4 {
                tx.send(id * 100 + k).unwrap();
            }
        });
    }
    drop(tx);
    let mut total = 0;
    let mut count = 0;
    for n in rx {
        total += n;
        count += 1;
    }
    println!("{count} values, total {total}");
    let (tx2, rx2) = mpsc::channel::<i32>();
    drop(rx2);
    println!("{:?}", tx2.send(5));
    println!("{}", std::mem::size_of::<mpsc::Sender<i32>>());
}
