use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("a"));
    a.push_str("b");
    let b = Rc::new(5);
    let r = &mut *b;
    *r += 1;
    let c = Rc::new(vec![1]);
    let first = &mut c[0];
    *first += 1;
}
