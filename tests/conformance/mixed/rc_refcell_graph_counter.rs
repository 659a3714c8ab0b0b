// Checks Rc<RefCell<Vec<String>>> shared by several structs, borrow_mut pushes, strong_count and clone semantics.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Logger {
    prefix: String,
    sink: Rc<RefCell<Vec<String>>>,
}

impl Logger {
    fn log(&self, msg: &str) {
        self.sink.borrow_mut().push(format!("[{}] {}", self.prefix, msg));
    }
}

fn main() {
    let sink = Rc::new(RefCell::new(Vec::new()));
    let a = Logger { prefix: "net".to_string(), sink: Rc::clone(&sink) };
    let b = Logger { prefix: "db".to_string(), sink: sink.clone() };
    println!("count {}", Rc::strong_count(&sink));
    a.log("connect");
    b.log("query 1");
    a.log("close");
    {
        let c = Logger { prefix: String::from("tmp"), sink: Rc::clone(&a.sink) };
        c.log("scoped");
        println!("count {}", Rc::strong_count(&sink));
    }
    println!("count {}", Rc::strong_count(&sink));
    for line in sink.borrow().iter() {
        println!("{}", line);
    }
    let n = sink.borrow().len();
    sink.borrow_mut().retain(|l| !l.contains("tmp"));
    println!("{} -> {}", n, sink.borrow().len());
    drop(b);
    println!("count {}", Rc::strong_count(&a.sink));
    println!("{:?}", a);
}
