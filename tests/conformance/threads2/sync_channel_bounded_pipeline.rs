// A bounded channel: the producer can be at most two values ahead of the consumer.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::sync_channel(2);
    let producer = thread::spawn(move || {
        for i in 1..=6 {
            tx.send(i * i).unwrap();
        }
        String::from("producer done")
    });
    let mut received = Vec::new();
    for value in rx {
        received.push(value);
    }
    println!("{:?}", received);
    println!("{}", producer.join().unwrap());
}
