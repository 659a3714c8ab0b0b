// E0106: an enum variant holding a `&str` needs a lifetime parameter on the enum.
enum Message {
    Quit,
    Say(&str),
}

fn main() {
    let m = Message::Say("hi");
    if let Message::Say(s) = m {
        println!("{}", s);
    }
}
