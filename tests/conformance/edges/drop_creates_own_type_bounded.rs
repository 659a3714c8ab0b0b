// A destructor that makes another value of its type but stops at depth 3: drops nest, and the program ends normally.
struct Level(u32);

impl Drop for Level {
    fn drop(&mut self) {
        println!("enter drop {}", self.0);
        if self.0 < 3 {
            let _inner = Level(self.0 + 1);
        }
        println!("leave drop {}", self.0);
    }
}

fn main() {
    let _a = Level(0);
    {
        let _b = Level(2);
    }
    println!("end of main");
}
