// `#[allow(unconditional_panic)]` on `fn main` turns the lint off: the out-of-bounds index compiles and panics at run time
#[allow(unconditional_panic)]
fn main() {
    let a = [1, 2, 3];
    println!("{}", a[1]);
    println!("{}", a[5]);
}
