// Checks that borrow() while a borrow_mut() guard is alive (here inside a method call chain) panics with an already-mutably-borrowed error.
use std::cell::RefCell;
use std::rc::Rc;

struct Counter {
    hits: Rc<RefCell<Vec<u32>>>,
}

impl Counter {
    fn report(&self) -> usize {
        self.hits.borrow().len()
    }
    fn record(&self, value: u32) {
        let mut hits = self.hits.borrow_mut();
        hits.push(value);
        if hits.len() > 2 {
            println!("report while recording: {}", self.report());
        }
    }
}

fn main() {
    let c = Counter { hits: Rc::new(RefCell::new(vec![])) };
    for v in [10, 20, 30] {
        c.record(v);
        println!("recorded {v}, total {}", c.report());
    }
}
