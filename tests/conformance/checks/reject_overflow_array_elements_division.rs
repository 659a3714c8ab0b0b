// `let a = [i32::MIN, -1]; a[0] / a[1]`: rustc's const propagation sees array elements of an immutable local: "this operation will panic at runtime"
fn main() {
    let a = [i32::MIN, -1];
    println!("{}", a[0] / a[1]);
}
