// E0499/E0502: `&v[0]` on a Vec borrows `v` through `Index`, so rustc labels `v`; on an array it labels the whole `&w[0]`.
struct S { items: Vec<String> }
fn main() {
    let mut v = vec![String::new()];
    let r = &mut v;
    let x = &v[0];
    r.push(String::new());
    println!("{x}");
    let mut s = S { items: vec![String::new()] };
    let f = &s.items[0];
    s.items.push(String::new());
    println!("{f}");
    let mut vv = vec![vec![1]];
    let g = &mut vv[0][0];
    vv.clear();
    *g = 1;
    let mut w = [1, 2];
    let m = &mut w[0];
    let n = &w[0];
    *m = 2;
    println!("{n}");
}
