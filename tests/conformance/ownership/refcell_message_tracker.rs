// Checks interior mutability: a method taking &self pushes into a RefCell<Vec<String>>, later read through borrow().
use std::cell::RefCell;

struct Messenger {
    sent: RefCell<Vec<String>>,
}

impl Messenger {
    fn send(&self, msg: &str) {
        self.sent.borrow_mut().push(String::from(msg));
    }
}

struct LimitTracker {
    value: usize,
    max: usize,
}

impl LimitTracker {
    fn set_value(&mut self, value: usize, messenger: &Messenger) {
        self.value = value;
        let percentage = self.value as f64 / self.max as f64;
        if percentage >= 1.0 {
            messenger.send("Error: You are over your quota!");
        } else if percentage >= 0.9 {
            messenger.send("Urgent warning: You've used up over 90% of your quota!");
        } else if percentage >= 0.75 {
            messenger.send("Warning: You've used up over 75% of your quota!");
        }
    }
}

fn main() {
    let messenger = Messenger { sent: RefCell::new(vec![]) };
    let mut tracker = LimitTracker { value: 0, max: 100 };
    for v in [10, 80, 95, 120] {
        tracker.set_value(v, &messenger);
    }
    println!("{} messages", messenger.sent.borrow().len());
    for m in messenger.sent.borrow().iter() {
        println!("{m}");
    }
}
