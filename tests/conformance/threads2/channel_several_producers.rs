// The Book's listing 16-11: two producers through a cloned Sender; main sums what arrives.
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let tx1 = tx.clone();
    thread::spawn(move || {
        let vals = vec![1, 2, 3, 4];
        for val in vals {
            tx1.send(val).unwrap();
            thread::sleep(Duration::from_millis(1));
        }
    });
    thread::spawn(move || {
        let vals = vec![10, 20, 30, 40];
        for val in vals {
            tx.send(val).unwrap();
            thread::sleep(Duration::from_millis(1));
        }
    });
    let mut total = 0;
    let mut count = 0;
    for received in rx {
        total += received;
        count += 1;
    }
    println!("{count} values, total {total}");
}
