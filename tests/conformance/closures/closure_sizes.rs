// A closure is a struct of its captures: a reference per place borrowed (a fat one for
// a `str`), the value itself per place moved or copied in; edition 2021 captures the
// fields used, and a `move` closure stops at the first dereference.
use std::mem::size_of_val;
struct Point { x: i32, y: i32 }
struct Person { name: String, age: u32 }
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop D{}", self.0); } }
fn main() {
    let list = vec![1, 2];
    let a = || println!("{:?}", list);
    let s = String::from("abc");
    let b = move || s.len();
    let mut n = 0u8;
    let c = || n += 1;
    let (x8, y64) = (1u8, 2u64);
    let d = move || (x8 as u64) + y64;
    let p = Point { x: 1, y: 2 };
    let e = move || p.x;
    let f = || p.x + p.y;
    let r = &p;
    let g = move || r.x;
    let st: &str = "hey";
    let h = || st.len();
    let per = Person { name: String::from("n"), age: 3 };
    let i = move || per.name.len();
    let dd = D(7);
    let j = move || dd.0;
    let s2 = String::from("z");
    let k = || drop(s2);
    let v = vec![1];
    let l = || v[0];
    let bx = Box::new(Point { x: 5, y: 6 });
    let m = || bx.x;
    let t = (String::from("t"), 1);
    let o = || t.0.len();
    let q = move || t.1;
    println!("{} {} {} {} {} {} {} {} {} {} {} {} {} {} {}", size_of_val(&a), size_of_val(&b), size_of_val(&c), size_of_val(&d), size_of_val(&e), size_of_val(&f), size_of_val(&g), size_of_val(&h), size_of_val(&i), size_of_val(&j), size_of_val(&k), size_of_val(&l), size_of_val(&m), size_of_val(&o), size_of_val(&q));
    println!("{}", p.y + per.age as i32);
}
