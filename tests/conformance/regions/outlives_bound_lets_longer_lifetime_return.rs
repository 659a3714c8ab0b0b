// near miss rustc accepts: `'b: 'a` (in the generics or a `where` clause) lets a `'b` reference be returned as `'a`.
fn pick<'a, 'b: 'a>(x: &'a i32, y: &'b i32) -> &'a i32 {
    if *x > *y { x } else { y }
}

fn longest<'a, 'b>(x: &'a str, y: &'b str) -> &'a str
where
    'b: 'a,
{
    if x.len() >= y.len() { x } else { y }
}

fn same<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x < y { x } else { y }
}

fn main() {
    let a = 7;
    let b = 9;
    let s = String::from("pear");
    println!("{} {} {}", pick(&a, &b), longest(&s, "fig"), same("kiwi", &s));
}
