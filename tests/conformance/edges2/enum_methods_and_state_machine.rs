// An enum state machine: `match self` by value and by reference, `impl` methods, `matches!`.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Running { ticks: u32 },
    Done(String),
}

impl State {
    fn next(self) -> State {
        match self {
            State::Idle => State::Running { ticks: 0 },
            State::Running { ticks } if ticks >= 2 => State::Done(format!("after {}", ticks)),
            State::Running { ticks } => State::Running { ticks: ticks + 1 },
            State::Done(msg) => State::Done(msg),
        }
    }

    fn label(&self) -> &str {
        match self {
            State::Idle => "idle",
            State::Running { .. } => "running",
            State::Done(m) => m,
        }
    }
}

fn main() {
    let mut s = State::Idle;
    for _ in 0..5 {
        println!("{} {:?}", s.label(), s);
        s = s.next();
    }
    println!("{}", matches!(s, State::Done(_)));
}
