// a `let` keeps the temporaries it borrows alive through struct, tuple, array, constructor and cast expressions, in any pattern; they drop with the variables, in reverse order
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct W<'a>(&'a D);

struct H<'a> {
    r: &'a D,
    n: i32,
}

fn main() {
    let b = W(&D("tuple struct"));
    let d = Some(&D("some"));
    let g = H { r: &D("struct"), n: 1 };
    let h = [(&D("nested"), 1)];
    let i = &D("cast") as &D;
    let (a, _b) = (&D("pattern"), 0);
    let t = (&String::from("tuple"), 1);
    let v = (&vec![1, 2, 3], 1);
    let w = vec![9, 9, 9];
    let not_extended = Some(D("moved in")).map(|x| x.0.len());
    println!("made {} {} {} {} {} {} {}", b.0.0, d.unwrap().0, g.r.0, h[0].0.0, i.0, a.0, g.n);
    println!("{} {} {:?} {:?} {:?}", t.0, t.1, v.0, w, not_extended);
}
