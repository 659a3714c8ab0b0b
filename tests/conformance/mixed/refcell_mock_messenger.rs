// Checks RefCell interior mutability inside a struct method taking &self, like the Book's limit tracker.
use std::cell::RefCell;

struct Tracker {
    sent: RefCell<Vec<String>>,
    max: usize,
    value: RefCell<usize>,
}

impl Tracker {
    fn set(&self, v: usize) {
        *self.value.borrow_mut() = v;
        let pct = v as f64 / self.max as f64;
        if pct >= 1.0 {
            self.sent.borrow_mut().push(String::from("Error: over quota"));
        } else if pct >= 0.9 {
            self.sent.borrow_mut().push(format!("Urgent: {:.0}% used", pct * 100.0));
        } else if pct >= 0.75 {
            self.sent.borrow_mut().push("Warning".to_string());
        }
    }
}

fn main() {
    let t = Tracker { sent: RefCell::new(vec![]), max: 100, value: RefCell::new(0) };
    for v in [10, 80, 95, 120] {
        t.set(v);
    }
    println!("{}", t.sent.borrow().len());
    for m in t.sent.borrow().iter() {
        println!("{}", m);
    }
    println!("{}", t.value.borrow());
    let first = t.sent.borrow()[0].clone();
    t.sent.borrow_mut().push(first);
    println!("{:?}", t.sent);
    let v = t.value.replace(7);
    println!("{} {:?}", v, t.value);
}
