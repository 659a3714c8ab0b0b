// rustc accepts: a struct without a Drop impl holding `&mut` releases the borrow after its last use.
struct Holder<'a> {
    p: &'a mut i32,
}

fn main() {
    let mut x = 5;
    let h = Holder { p: &mut x };
    *h.p += 1;
    x = x * 2;
    println!("{}", x);
}
