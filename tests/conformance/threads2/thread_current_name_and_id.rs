// thread::current(): main is named "main" with ThreadId(1); a spawned thread has no name and
// the next id; ids compare equal only within one thread.
use std::thread;
fn main() {
    println!("{:?} {:?}", thread::current().name(), thread::current().id());
    let t = thread::current();
    println!("{:?}", t);
    let h = thread::spawn(|| {
        let me = thread::current();
        println!("{:?} {:?} {}", me.name(), me.id(), me.id() == thread::current().id());
        me.id()
    });
    let id = h.join().unwrap();
    println!("{:?} {}", id, id == thread::current().id());
    println!("{} {}", std::mem::size_of::<thread::Thread>(), std::mem::size_of::<thread::ThreadId>());
}
