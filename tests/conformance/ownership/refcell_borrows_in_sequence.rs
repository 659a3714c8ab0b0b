// Checks that RefCell allows many borrow() at once and a borrow_mut() once earlier borrows have been dropped.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two readers: {:?} {:?}", r1, *r2);
    }
    cell.borrow_mut().push(4);
    {
        let mut w = cell.borrow_mut();
        w[0] = 100;
        w.push(5);
    }
    let total: i32 = cell.borrow().iter().sum();
    println!("{:?} total {total}", cell.borrow());
    let r = cell.borrow();
    let first = r[0];
    drop(r);
    *cell.borrow_mut() = vec![first];
    println!("{:?}", cell);
    let n = RefCell::new(5);
    *n.borrow_mut() += 10;
    println!("{} {:?}", n.borrow(), n);
}
