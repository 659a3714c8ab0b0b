// A provided method calls an associated function through `Self::` and another provided method.
trait Describe {
    fn kind() -> String;
    fn label(&self) -> String;
    fn short(&self) -> String {
        format!("{}:{}", Self::kind(), self.label())
    }
    fn long(&self) -> String {
        let s = self.short();
        format!("[{}] ({} chars)", s, s.len())
    }
}

struct Point {
    x: i32,
    y: i32,
}

enum Light {
    On,
    Off,
}

impl Describe for Point {
    fn kind() -> String {
        "point".to_string()
    }
    fn label(&self) -> String {
        format!("({}, {})", self.x, self.y)
    }
}

impl Describe for Light {
    fn kind() -> String {
        String::from("light")
    }
    fn label(&self) -> String {
        match self {
            Light::On => String::from("on"),
            Light::Off => String::from("off"),
        }
    }
    fn short(&self) -> String {
        format!("{} is {}", Self::kind(), self.label())
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", p.long());
    println!("{}", Light::On.long());
    println!("{}", Light::Off.short());
    println!("{}", <Point as Describe>::kind());
}
