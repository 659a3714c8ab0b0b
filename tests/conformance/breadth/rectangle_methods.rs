// Checks the Book ch. 5 Rectangle: &self methods, a method taking another &Rectangle, and an associated constructor.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn width(&self) -> bool {
        self.width > 0
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }
}

fn main() {
    let rect1 = Rectangle { width: 30, height: 50 };
    let rect2 = Rectangle { width: 10, height: 40 };
    let rect3 = Rectangle::square(45);
    println!("area {} width? {} field {}", rect1.area(), rect1.width(), rect1.width);
    println!("{} {}", rect1.can_hold(&rect2), rect1.can_hold(&rect3));
    println!("{:?}", rect3);
    println!("{:#?}", rect2);
}
