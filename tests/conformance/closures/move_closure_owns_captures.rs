// A `move` closure owns what it moved in: dropped with the closure (at its scope end,
// by `drop`, after the call that consumed an FnOnce, when a std method is done with it),
// not where the variable was declared. A Copy field is copied and moves nothing.
#[derive(Debug)]
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let a = D("a");
    let between = D("between");
    let keep_a = move || println!("holding {:?}", a);
    keep_a();
    println!("-- scope end order: keep_a (a) before between");
    {
        let b = D("b");
        let give = move || b;
        let got = give();
        println!("got {:?}", got);
        let c = D("c");
        let d = D("d");
        let show_c_take_d = move || { println!("{:?}", c); drop(d); };
        show_c_take_d();
        println!("after FnOnce call");
    }
    let e = D("e");
    let v = vec![1, 2];
    let labelled: Vec<String> = v.iter().map(move |x| format!("{}{}", e.0, x)).collect();
    println!("{:?}", labelled);
    let f = D("f");
    let opt = Some(1).map(move |x| { println!("{:?}", f); x + 1 });
    println!("{:?}", opt);
    let g = D("g");
    let h = D("h");
    let both = move || { let _x = (&g, &h); };
    let moved_on = both;
    drop(moved_on);
    println!("end");
}
