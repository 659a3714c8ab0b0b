// An iterator owns what it took from a Vec: items it skips or never reaches are
// dropped with it, in the order rustc drops them.
#[derive(Debug)]
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn check(d: D) -> Result<D, String> {
    if d.0 == 2 { Err(format!("bad {}", d.0)) } else { Ok(d) }
}
fn main() {
    let v = vec![D(1), D(2), D(3)];
    let r: Result<Vec<D>, String> = v.into_iter().map(check).collect();
    println!("{:?}", r);
    let w = vec![D(5), D(6), D(7)];
    let found = w.into_iter().find(|d| d.0 == 6);
    println!("found {:?}", found);
    let x = vec![D(8), D(9)];
    for d in x.into_iter().rev() {
        println!("got {:?}", d);
        break;
    }
    let y = [D(11), D(12), D(13)];
    let mut it = y.into_iter().skip(1);
    println!("{:?}", it.next());
    let z = vec![D(20), D(21)];
    let pairs: Vec<(D, i32)> = z.into_iter().zip(0..1).collect();
    println!("{:?}", pairs);
    println!("end");
}
