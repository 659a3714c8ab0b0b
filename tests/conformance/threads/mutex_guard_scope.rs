// The Book's listing 16-12: the guard's deref changes the value; dropping the guard at the scope's end unlocks the Mutex.
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(5);

    {
        let mut num = m.lock().unwrap();
        *num = 6;
        println!("inside: {} {:?}", num, m);
    }

    println!("m = {m:?}");
    let names = Mutex::new(vec![String::from("a")]);
    names.lock().unwrap().push(String::from("b"));
    let joined = names.lock().unwrap().join("+");
    println!("{joined} {:#?}", names);
    println!("{} {}", std::mem::size_of::<Mutex<i32>>(), std::mem::size_of::<Mutex<u64>>());
}
