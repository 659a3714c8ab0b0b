// Box<dyn Shape> in a Vec: a provided and an overridden method, and the Sq's Drop at the end.
trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Sq(f64);
struct Ci(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn name(&self) -> String { "square".into() } }
impl Shape for Ci { fn area(&self) -> f64 { 3.0 * self.0 * self.0 } }
impl Drop for Sq { fn drop(&mut self) { println!("drop sq {}", self.0); } }
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Ci(1.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    for s in shapes.iter() { println!("{} {:.1}", s.name(), s.area()); }
    println!("{total}");
}
