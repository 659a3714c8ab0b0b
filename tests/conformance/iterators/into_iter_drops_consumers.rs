// Consumers drop the items they pass over (filter, skip, count, last, max_by_key).
#[derive(Debug)]
struct D(i32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let v = vec![D(1), D(2), D(3), D(4), D(5)];
    let kept: Vec<D> = v.into_iter().filter(|d| d.0 % 2 == 1).skip(1).collect();
    println!("kept {:?}", kept);
    let w = vec![D(10), D(11), D(12)];
    let n = w.into_iter().count();
    println!("count {}", n);
    let x = vec![D(20), D(21), D(22)];
    let last = x.into_iter().last();
    println!("last {:?}", last);
    let y = vec![D(30), D(31), D(32)];
    let m = y.into_iter().max_by_key(|d| d.0 % 2);
    println!("max {:?}", m);
    let z = vec![D(40), D(41)];
    let mut it = z.into_iter();
    let first = it.next();
    println!("first {:?}", first);
    drop(it);
    println!("end");
}
