// `ManuallyDrop::drop` (unsafe) drops in place at the call; `into_inner` hands the value back so it drops at scope end; `take` moves it out.
use std::mem::ManuallyDrop;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut early = ManuallyDrop::new(Noisy("early"));
    let wrapped = ManuallyDrop::new(Noisy("unwrapped"));
    let mut taken = ManuallyDrop::new(Noisy("taken"));
    unsafe {
        ManuallyDrop::drop(&mut early);
    }
    println!("after the manual drop");
    let back = ManuallyDrop::into_inner(wrapped);
    let owned = unsafe { ManuallyDrop::take(&mut taken) };
    println!("holding {} and {}", back.0, owned.0);
}
