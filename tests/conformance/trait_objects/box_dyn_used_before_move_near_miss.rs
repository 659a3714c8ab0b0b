// Near miss: drawing the Box<dyn Draw> before it is pushed is fine, and the Vec then owns it.
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
    b.draw();
    let mut parts: Vec<Box<dyn Draw>> = Vec::new();
    parts.push(b);
    parts[0].draw();
    println!("{} part", parts.len());
}
