// Rc: shared ownership with a reference count that rises with each clone and falls with each drop
// Watch: `Rc::new` puts the count and the value in one heap block (strong = 1); each `Rc::clone` adds 1 without copying the text; when `b` leaves its block the count falls; only the last owner's drop frees the block.

use std::rc::Rc;

fn main() {
    // One heap block holds: strong count, weak count, then the String's header.
    // The String's text has its own heap buffer.
    let a = Rc::new(String::from("shared"));
    println!("after a: count = {}", Rc::strong_count(&a));

    // Rc::clone copies the 8-byte pointer and adds 1 to the count. No new text.
    let c = Rc::clone(&a);
    println!("after c: count = {}", Rc::strong_count(&a));

    {
        let b = Rc::clone(&a);
        println!("inside: count = {}, b = {}", Rc::strong_count(&a), b);
    } // `b` is dropped: the count goes back down, nothing is freed

    println!("after the block: count = {}", Rc::strong_count(&a));
    println!("a and c point to the same place: {}", Rc::ptr_eq(&a, &c));
} // `c` is dropped (count 1), then `a` (count 0): now the block and the text are freed
