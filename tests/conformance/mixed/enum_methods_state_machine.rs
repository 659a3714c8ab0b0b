// Checks an enum state machine with methods consuming self and returning a new state, plus matches! macro.
#[derive(Debug, Clone, PartialEq)]
enum Light {
    Red { secs: u32 },
    Green { secs: u32 },
    Yellow,
    Broken(String),
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red { secs } if secs > 0 => Light::Red { secs: secs - 1 },
            Light::Red { .. } => Light::Green { secs: 2 },
            Light::Green { secs: 0 } => Light::Yellow,
            Light::Green { secs } => Light::Green { secs: secs - 1 },
            Light::Yellow => Light::Red { secs: 1 },
            b @ Light::Broken(_) => b,
        }
    }

    fn can_go(&self) -> bool {
        matches!(self, Light::Green { .. } | Light::Yellow)
    }
}

fn main() {
    let mut l = Light::Red { secs: 1 };
    for step in 0..8 {
        println!("{} {:?} go={}", step, l, l.can_go());
        l = l.next();
    }
    let b = Light::Broken("bulb".to_string());
    let b2 = b.clone().next();
    println!("{:?} {}", b2, b == b2);
    println!("{}", matches!(b2, Light::Broken(ref s) if s.len() == 4));
}
