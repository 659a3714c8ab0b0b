// Many readers at once, then one writer; the Debug of a write-locked RwLock.
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let config = Arc::new(RwLock::new(vec![1, 2, 3]));
    {
        let r1 = config.read().unwrap();
        let r2 = config.read().unwrap(); // two read guards at once: fine
        println!("readers see {} and {}", r1.len(), r2[0]);
    }
    let writer = {
        let config = Arc::clone(&config);
        thread::spawn(move || {
            let mut w = config.write().unwrap();
            w.push(4);
            w.len()
        })
    };
    let len = writer.join().unwrap();
    {
        let w = config.write().unwrap();
        println!("while written: {:?}", config);
        println!("len {len}, first {}", w[0]);
    }
    println!("after: {:?}", config);
    println!("sizes {} {}", std::mem::size_of::<RwLock<i32>>(), std::mem::size_of::<RwLock<u64>>());
}
