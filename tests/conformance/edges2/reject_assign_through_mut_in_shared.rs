// E0594: `*s.x` is a `&mut` reached through a `&S`: not writable.
struct S<'a> {
    x: &'a mut i32,
}

fn set(s: &S) {
    *s.x = 3;
}

fn main() {
    let mut n = 1;
    let s = S { x: &mut n };
    set(&s);
    println!("{}", n);
}
