// Checks a Vec of enum events processed by match into a state struct, with while let on pop and Option<String>.
#[derive(Debug)]
enum Event {
    Key(char),
    Click { x: i32, y: i32 },
    Paste(String),
    Quit,
}

#[derive(Debug, Default)]
struct State {
    text: String,
    clicks: Vec<(i32, i32)>,
    last: Option<String>,
}

fn handle(state: &mut State, e: Event) -> bool {
    match e {
        Event::Key(c) if c.is_ascii_digit() => state.text.push('#'),
        Event::Key(c) => state.text.push(c),
        Event::Click { x, y } if x < 0 || y < 0 => {
            state.last = Some(String::from("bad click"));
        }
        Event::Click { x, y } => state.clicks.push((x, y)),
        Event::Paste(s) => {
            state.text.push_str(&s);
            state.last = Some(s);
        }
        Event::Quit => return false,
    }
    true
}

fn main() {
    let mut queue = vec![
        Event::Quit,
        Event::Paste("!!".to_string()),
        Event::Click { x: -1, y: 3 },
        Event::Key('1'),
        Event::Click { x: 10, y: 20 },
        Event::Key('i'),
        Event::Key('h'),
    ];
    let mut state = State::default();
    while let Some(e) = queue.pop() {
        let desc = format!("{:?}", e);
        if !handle(&mut state, e) {
            println!("quit after {}", desc);
            break;
        }
    }
    println!("{:?}", state);
    println!("{}", queue.len());
}
