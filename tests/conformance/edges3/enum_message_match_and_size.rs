// The Book's `Message` enum matched by reference, formatted, and its size (24).
#[derive(Debug)]
enum Message { Quit, Move { x: i32, y: i32 }, Write(String), ChangeColor(u8, u8, u8) }
impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => "quit".to_string(),
            Message::Move { x, y } => format!("move {x},{y}"),
            Message::Write(s) => s.clone(),
            Message::ChangeColor(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        }
    }
}
fn main() {
    let msgs = [Message::Move { x: 1, y: -2 }, Message::Write(String::from("hi")), Message::ChangeColor(255, 0, 16), Message::Quit];
    for m in &msgs { println!("{}", m.call()); }
    println!("{}", std::mem::size_of::<Message>());
}
