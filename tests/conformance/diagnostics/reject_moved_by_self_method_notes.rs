// E0382: a value moved by a method taking `self` (inherent or trait): rustc labels the call, notes the `self` that takes ownership and, for a `Clone` type, suggests cloning before consuming.
#[derive(Debug, Clone)]
struct Order { items: Vec<String> }
impl Order {
    fn finish(self) -> usize { self.items.len() }
    fn merge(self, other: Order) -> Order { let mut items = self.items; items.extend(other.items); Order { items } }
}
#[derive(Debug)]
struct Ticket { id: u32 }
impl Ticket {
    fn redeem(self) -> u32 { self.id }
}
trait Consume { fn eat(self) -> u32; }
impl Consume for Ticket { fn eat(self) -> u32 { self.id } }
fn main() {
    let o = Order { items: vec![] };
    let n = o.finish();
    println!("{} {:?}", n, o);
    let t = Ticket { id: 1 };
    let a = t.redeem();
    println!("{} {:?}", a, t);
    let t2 = Ticket { id: 1 };
    let b = t2.eat();
    println!("{} {:?}", b, t2);
    let o2 = Order { items: vec![] };
    let o3 = Order { items: vec![] };
    let m = o2.merge(o3);
    println!("{:?} {:?} {:?}", m, o2, o3);
    let t3 = Ticket { id: 4 };
    for _ in 0..2 {
        t3.redeem();
    }
}
