// Associated consts: a trait's required and defaulted consts, an impl overriding a default, an inherent const, `Self::X` in methods and `<T as Trait>::X`.
trait Animal {
    const LEGS: u32 = 4;
    const NAME: &'static str;

    fn describe(&self) -> String {
        format!("an animal")
    }
}

struct Bird;
struct Dog {
    age: u8,
}

impl Animal for Bird {
    const LEGS: u32 = 2;
    const NAME: &'static str = "bird";
}

impl Animal for Dog {
    const NAME: &'static str = "dog";

    fn describe(&self) -> String {
        format!("a {} of {} with {} legs", Self::NAME, self.age, Self::LEGS)
    }
}

struct Circle {
    r: f64,
}

impl Circle {
    const PI: f64 = 3.14159;
    pub const SIDES: u32 = 0;

    fn area(&self) -> f64 {
        Self::PI * self.r * self.r
    }
}

fn main() {
    println!("{} has {} legs", Bird::NAME, Bird::LEGS);
    println!("{} has {} legs", <Dog as Animal>::NAME, <Dog as Animal>::LEGS);
    let d = Dog { age: 3 };
    println!("{}; {}", d.describe(), Bird.describe());
    let c = Circle { r: 2.0 };
    println!("{:.3} {} {}", c.area(), Circle::SIDES, Circle::PI);
    let legs = Bird::LEGS + Dog::LEGS * 2;
    println!("{}", legs);
}
