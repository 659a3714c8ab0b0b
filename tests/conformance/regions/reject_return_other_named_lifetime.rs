// rustc rejects: returning data of lifetime `'b` where `'a` was promised, with the help to add `'b: 'a`.
fn pick<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 {
    if *x > 100 {
        return x;
    }
    y
}

fn main() {
    let a = 1;
    let b = 2;
    println!("{}", pick(&a, &b));
}
