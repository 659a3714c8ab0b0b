// Borrows end at their last use (non-lexical lifetimes): this version compiles
// Watch: press `w` for the permissions. `r1 = &mut s` takes R, W and O from `s`; after `r1`'s last use (line 8) they come back, long before the `}`, so `r2 = &mut s` is fine. Shared borrows take only W and O. Last, `v.push(v.len())`: `v.len()` reads `v` before `push` activates its `&mut` borrow (a two-phase borrow).

fn main() {
    let mut s = String::from("hello");

    let r1 = &mut s;
    r1.push_str(", world"); // the last use of `r1`: its borrow ends here
    let r2 = &mut s; // so `s` can be borrowed mutably again
    r2.push('!');
    println!("{s}");

    let a = &s; // shared borrows: `s` keeps R
    let b = &s;
    println!("{a} and {b}");
    s.push('?'); // `a` and `b` are done: `s` has W back

    let mut v = vec![1, 2, 3];
    v.push(v.len());
    println!("{s} {v:?}");
}
