// rustc accepts: a Drop value moved on every path releases its borrow before the assignment.
struct Tally<'a> {
    n: &'a mut i32,
}

impl Drop for Tally<'_> {
    fn drop(&mut self) {
        *self.n += 1;
    }
}

fn finish(t: Tally) {
    println!("finishing at {}", t.n);
}

fn main() {
    let mut n = 0;
    let flag = n == 0;
    let t = Tally { n: &mut n };
    if flag {
        finish(t);
    } else {
        drop(t);
    }
    n += 10;
    println!("{}", n);
}
