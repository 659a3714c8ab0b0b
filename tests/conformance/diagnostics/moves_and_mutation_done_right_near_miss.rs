// Near miss of reject_split_at_mut_help, reject_moves_inside_macros_and_operators and
// reject_rc_contents_mutated: split_at_mut gives two disjoint halves, clones are moved
// instead of the originals, and RefCell inside the Rc allows mutation.
use std::cell::RefCell;
use std::rc::Rc;

fn take(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let mut arr = [1, 2, 3];
    let (left, right) = arr.split_at_mut(2);
    left[0] += right[0];
    println!("{:?}", arr);
    let v = vec![1];
    let line = format!("{} items", take(v.clone()));
    println!("{line} {:?}", v);
    let s = String::from("a");
    let t = s.clone() + "b";
    println!("{t} {s}");
    let shared = Rc::new(RefCell::new(vec![1]));
    shared.borrow_mut().push(2);
    println!("{:?}", shared.borrow());
}
