// The Book's listing 16-8: a spawned thread sends one String; main's `recv` waits for it; a second `recv` finds every Sender gone.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        let val = String::from("hi");
        tx.send(val).unwrap();
    });

    let received = rx.recv().unwrap();
    println!("Got: {received}");
    println!("then: {:?}", rx.recv());
}
