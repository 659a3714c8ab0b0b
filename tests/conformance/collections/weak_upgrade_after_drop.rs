// A Weak stops upgrading once the last Rc is gone; Weak::new never upgrades; the value drops at the last Rc.
use std::rc::{Rc, Weak};

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let empty: Weak<Loud> = Weak::new();
    println!("empty upgrades: {}", empty.upgrade().is_some());
    let strong = Rc::new(Loud("a"));
    let weak = Rc::downgrade(&strong);
    let weak2 = weak.clone();
    println!("strong {} weak {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    if let Some(again) = weak.upgrade() {
        println!("upgraded to {} (strong {})", again.0, Rc::strong_count(&again));
    }
    drop(strong);
    println!("after drop: {:?} {}", weak.upgrade().map(|l| l.0), weak2.strong_count());
    println!("weak count now {}", weak.weak_count());
}
