// Book ch. 5.3: methods, `can_hold`, an associated `square`, `dbg!`.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }
}

fn main() {
    let scale = 2;
    let rect1 = Rectangle { width: dbg!(30 * scale), height: 50 };
    let rect2 = Rectangle { width: 10, height: 40 };
    let sq = Rectangle::square(3);
    dbg!(&rect1);
    println!("{} {} {}", rect1.area(), rect1.can_hold(&rect2), rect2.can_hold(&sq));
    println!("{:#?}", sq);
}
