// E0599: a method the bound's trait does not have, called on `&T`.
trait Area {
    fn area(&self) -> f64;
}

fn report<T: Area>(x: &T) -> f64 {
    x.area() + x.perimeter()
}

fn main() {}
