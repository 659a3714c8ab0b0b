// E0382: the Box<dyn Draw> is moved into the Vec by push, so calling draw on it afterwards is a use after move.
trait Draw {
    fn draw(&self);
}

struct Button {
    label: String,
}

impl Draw for Button {
    fn draw(&self) {
        println!("[{}]", self.label);
    }
}

fn main() {
    let b: Box<dyn Draw> = Box::new(Button { label: String::from("OK") });
    let mut parts: Vec<Box<dyn Draw>> = Vec::new();
    parts.push(b);
    b.draw();
}
