// `into_iter().take(1)`: the element taken drops in `map`, the rest drop with the iterator after collect.
struct D(u8);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let v = vec![D(1), D(2), D(3)];
    let firsts: Vec<u8> = v.into_iter().take(1).map(|d| d.0).collect();
    println!("{:?}", firsts);
}
