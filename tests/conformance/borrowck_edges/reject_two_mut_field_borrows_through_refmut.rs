// E0499: two fields borrowed mutably through a `RefMut` guard each call `DerefMut::deref_mut(&mut g)`
use std::cell::RefCell;

struct S {
    a: i32,
    b: i32,
}

fn main() {
    let c = RefCell::new(S { a: 1, b: 2 });
    let mut g = c.borrow_mut();
    let x = &mut g.a;
    let y = &mut g.b;
    *x += *y;
    println!("{}", g.a);
}
