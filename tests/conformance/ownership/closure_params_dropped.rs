// A closure parameter taken by value is dropped when the closure returns (unless returned).
struct D(u8);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let f = |d: D| d.0;
    println!("{}", f(D(7)));
    let g = |d: D| {
        let inner = D(d.0 + 1);
        inner.0 * 2
    };
    println!("{}", g(D(1)));
    let keep = |d: D| d;
    let k = keep(D(9));
    println!("{:?}", Some(D(5)).map(|d| d.0 + 1));
    let v: Vec<u8> = vec![D(2), D(3)].into_iter().map(|d| d.0 * 2).collect();
    println!("{:?} {}", v, k.0);
}
