// E0382: a method taking `self` consumes the struct (Book ch. 5.3).
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn into_area(self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let rect = Rectangle { width: 30, height: 50 };
    let a = rect.into_area();
    println!("{} {:?}", a, rect);
}
