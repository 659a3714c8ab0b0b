// &dyn Shape: one function describes a Circle and a Square through the vtable, a Vec and an array of trait objects, and a fat pointer is 16 bytes.
use std::mem::size_of;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
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
        String::from("circle")
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn describe(shape: &dyn Shape) {
    println!("{} with area {}", shape.name(), shape.area());
}

fn main() {
    let c = Circle { radius: 1.5 };
    let s = Square { side: 2.0 };
    describe(&c);
    describe(&s);

    let shapes: Vec<&dyn Shape> = vec![&c, &s, &c];
    let mut total = 0.0;
    for shape in shapes.iter() {
        total += shape.area();
    }
    println!("total area {}", total);

    let pair: [&dyn Shape; 2] = [&s, &c];
    println!("second is a {}", pair[1].name());

    println!("&Circle: {} bytes", size_of::<&Circle>());
    println!("&dyn Shape: {} bytes", size_of::<&dyn Shape>());
    println!("Vec<&dyn Shape> holds {} fat pointers", shapes.len());
    println!("{}", std::mem::size_of_val(&pair));
}
