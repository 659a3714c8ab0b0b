// E0594: a `&` field cannot be assigned through.
struct View<'a> {
    n: &'a i32,
}

fn main() {
    let x = 1;
    let v = View { n: &x };
    *v.n = 2;
    println!("{}", x);
}
