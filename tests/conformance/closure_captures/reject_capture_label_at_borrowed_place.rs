// A closure's capture is labelled at the place its body uses: `x` of `&mut x`, `*b` of
// `&*b`, `*s.inner` of `*s.inner = ..`.
struct Holder {
    inner: Box<i32>,
}

fn show(x: &i32) -> i32 {
    *x
}

fn reset(x: &mut i32) {
    *x = 0;
}

fn main() {
    let mut count = 1;
    let zero = || reset(&mut count);
    let read = || show(&count);
    zero;
    read;

    let mut b = Box::new(5);
    let peek = || show(&*b);
    *b = 6;
    drop(peek);

    let mut s = Holder { inner: Box::new(1) };
    let look = || show(&*s.inner);
    let write = || *s.inner = 2;
    drop(look);
    drop(write);
}
