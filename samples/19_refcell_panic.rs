// RefCell: borrow rules checked while the program runs, and the panic when they are broken
// Watch: `borrow_mut` marks the RefCell as mutably borrowed for as long as `first` lives; the second `borrow_mut` finds the mark and the program panics with "RefCell already borrowed" (exit code 101).

use std::cell::RefCell;

fn main() {
    // A RefCell<Vec<i32>> on the stack: a borrow flag (8 bytes) plus the Vec (24 bytes).
    let cell = RefCell::new(vec![1, 2, 3]);

    // Short borrows are fine: each one ends at the end of its statement.
    cell.borrow_mut().push(4);
    println!("len = {}", cell.borrow().len());

    // `first` keeps a mutable borrow alive until the end of main...
    let mut first = cell.borrow_mut();
    first.push(5);

    // ...so asking for a second one breaks the rule "one `&mut` at a time".
    // rustc cannot see this at compile time; RefCell checks it at run time.
    let mut second = cell.borrow_mut(); // panics: RefCell already borrowed
    second.push(6);
    println!("never printed");
}
