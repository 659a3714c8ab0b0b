// Trait objects: a fat pointer and a vtable per type
// Watch: `&dyn Shape` and `Box<dyn Shape>` are 16 bytes: the data pointer and a pointer to a vtable in the static region (one per concrete type: drop glue, size, align, then `area` and `name`). Each `shape.area()` step says which impl the vtable chose; dropping `shapes` runs `Square`'s `Drop` through its vtable.

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("a shape")
    }
}

struct Circle {
    radius: f64,
}

struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.radius * self.radius
    }

    fn name(&self) -> String {
        String::from("a circle")
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Drop for Square {
    fn drop(&mut self) {
        println!("dropping the square of side {}", self.side);
    }
}

fn describe(shape: &dyn Shape) {
    println!("{} with area {}", shape.name(), shape.area());
}

fn main() {
    let c = Circle { radius: 1.0 };
    describe(&c); // `&c` becomes a fat pointer: (address of c, Circle's vtable)

    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square { side: 2.0 }), Box::new(Circle { radius: 0.5 })];
    let mut total = 0.0;
    for shape in shapes.iter() {
        total += shape.area(); // dynamic dispatch: the vtable picks the impl
    }
    println!("total area {}", total);
    println!("a Box<dyn Shape> is {} bytes", std::mem::size_of::<Box<dyn Shape>>());
}
