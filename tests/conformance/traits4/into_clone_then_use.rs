// The near miss of a use after `into()`: converting a clone keeps the original usable.
#[derive(Clone)]
struct Token {
    name: String,
}

struct Session {
    token: Token,
}

impl From<Token> for Session {
    fn from(token: Token) -> Session {
        Session { token }
    }
}

fn main() {
    let t = Token { name: String::from("a") };
    let s: Session = t.clone().into();
    println!("{} {}", s.token.name, t.name);
}
