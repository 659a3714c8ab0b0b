// Near miss of the `&` reference writes: with `&mut` in each place (parameter, `&mut self`, `let`, `for`), rustc accepts them.
struct C { n: i32 }

impl C {
    fn bump(&mut self) { self.n += 1; }
}

fn reset(value: &mut i32) { *value = 0; }

fn main() {
    let mut x = 5;
    reset(&mut x);
    let r = &mut x;
    *r += 6;
    let mut v = vec![1, 2];
    for e in &mut v {
        *e += 1;
    }
    let mut c = C { n: 1 };
    c.bump();
    println!("{} {:?} {}", x, v, c.n);
}
