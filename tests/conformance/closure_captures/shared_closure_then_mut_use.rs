fn read(x: &i32) -> i32 {
    *x
}

fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut n = 4;
    let r = &mut n;
    let peek = || read(r);
    println!("{}", peek());
    bump(r);
    println!("{}", read(r));
}
