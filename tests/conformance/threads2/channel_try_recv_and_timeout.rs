// try_recv never waits; recv_timeout waits a little; both say why nothing came.
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    tx.send(7).unwrap();
    tx.send(8).unwrap();
    println!("{:?}", rx.try_recv());
    println!("{:?}", rx.recv_timeout(Duration::from_millis(10)));
    match rx.recv_timeout(Duration::from_millis(10)) {
        Err(RecvTimeoutError::Timeout) => println!("timed out"),
        other => println!("{other:?}"),
    }
    drop(tx);
    match rx.try_recv() {
        Err(TryRecvError::Disconnected) => println!("disconnected"),
        other => println!("{other:?}"),
    }
    if let Err(e) = rx.recv_timeout(Duration::from_secs(1)) {
        println!("{e} ({e:?})");
    }
}
