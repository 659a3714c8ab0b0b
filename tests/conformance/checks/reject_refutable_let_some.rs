// `let Some(x) = Some(1);` is refused with rustc's E0005 (refutable pattern in local binding): `None` is not covered
fn main() {
    let Some(x) = Some(1);
    println!("{}", x);
}
