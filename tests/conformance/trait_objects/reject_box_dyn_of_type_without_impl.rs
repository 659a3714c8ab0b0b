// E0277: pushing a Box<Label> into a Vec<Box<dyn Draw>> needs Label: Draw, which is missing.
trait Draw {
    fn draw(&self);
}

struct Button;
struct Label;

impl Draw for Button {
    fn draw(&self) {
        println!("button");
    }
}

fn main() {
    let mut parts: Vec<Box<dyn Draw>> = Vec::new();
    parts.push(Box::new(Button));
    parts.push(Box::new(Label));
    for p in &parts {
        p.draw();
    }
}
