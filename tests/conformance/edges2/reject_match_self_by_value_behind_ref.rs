// E0507: `match *self` with a by-value binding moves the String out of `&self`.
enum State {
    Done(String),
    Idle,
}

impl State {
    fn take(&self) -> String {
        match *self {
            State::Done(msg) => msg,
            State::Idle => String::new(),
        }
    }
}

fn main() {
    println!("{}", State::Done(String::from("x")).take());
}
