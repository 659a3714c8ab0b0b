// Box<dyn Shape> in a slice: total area with iter().map(|s| s.area()).sum(), a provided method calling a required one through the vtable, and collect of descriptions.
trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> String { format!("area {:.2}", self.area()) }
}
struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
impl Shape for Circle { fn area(&self) -> f64 { 3.14159 * self.r * self.r } }
impl Shape for Rect { fn area(&self) -> f64 { self.w * self.h } }
fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}
fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Circle { r: 1.0 }));
    shapes.push(Box::new(Rect { w: 2.0, h: 3.0 }));
    println!("{:.3}", total_area(&shapes));
    for (i, s) in shapes.iter().enumerate() {
        println!("{}: {}", i, s.describe());
    }
    let descriptions: Vec<String> = shapes.iter().map(|s| s.describe()).collect();
    println!("{:?}", descriptions);
}
