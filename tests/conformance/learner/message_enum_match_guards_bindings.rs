#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}
impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => "quit".to_string(),
            Message::Move { x, y: 0 } => format!("move x {x}"),
            Message::Move { x, y } => format!("move {x} {y}"),
            Message::Write(s) if s.is_empty() => String::from("empty"),
            Message::Write(s) => s.clone(),
            Message::ChangeColor(r, _, b @ 0..=9) => format!("{r} small {b}"),
            Message::ChangeColor(..) => "color".into(),
        }
    }
}
fn main() {
    let msgs = [Message::Quit, Message::Move { x: 3, y: 0 }, Message::Move { x: 1, y: 2 },
        Message::Write(String::new()), Message::Write("hi".into()),
        Message::ChangeColor(1, 2, 3), Message::ChangeColor(1, 2, 30)];
    for m in &msgs { println!("{} {:?}", m.call(), m); }
    println!("{}", std::mem::size_of::<Message>());
}
