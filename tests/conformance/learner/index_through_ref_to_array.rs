fn main() {
    let a = [1, 2, 3];
    let v = vec![1, 2, 3];
    let s: &[i32] = &v;
    let i = v.len() + 1;
    let which = v.len() - 2;
    if which == 1 { let r = &a; let x = r[i]; println!("{x}"); }
}
