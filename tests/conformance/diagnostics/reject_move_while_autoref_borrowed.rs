// E0505: the borrow is a method or `Index` autoref (`s.as_str()`, `&v[0]`): rustc labels the receiver and clones it there.
fn main() {
    let s = String::from("x");
    let n = s.as_str();
    let t = s;
    println!("{n}{t}");
    let v = vec![1, 2];
    let e = &v[0];
    let w = v;
    println!("{e}{:?}", w);
    let v2 = vec![1, 2];
    let it = v2.iter();
    let w2 = v2;
    println!("{}{:?}", it.count(), w2);
    let a = [String::new()];
    let e2 = &a[0];
    let b = a;
    println!("{e2}{:?}", b);
    let p = (String::new(), 1);
    let r = &p.0;
    let q = p;
    println!("{r}{:?}", q);
    let bx = Box::new(5i32);
    let rbx = bx.abs();
    let cc = bx;
    println!("{rbx}{cc}");
}
