// An implicit reborrow of a `&mut` argument is spanned at the whole call (a function, a
// method), a coercion in a `let` at the variable.
struct Counter;

impl Counter {
    fn add(&self, total: &mut i32) {
        *total += 1;
    }
}

fn add_two(_label: u8, total: &mut i32) {
    *total += 2;
}

fn main() {
    let mut total = 0;
    let r = &mut total;
    let seen = &*r;
    Counter.add(r);
    add_two(1, r);
    let again: &mut i32 = r;
    *again += 1;
    println!("{seen}");
}
