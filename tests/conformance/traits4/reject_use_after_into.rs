// E0382: `t.into()` moved `t` (Into takes `self`), so printing its name afterwards is a use after move.
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
    let s: Session = t.into();
    println!("{} {}", s.token.name, t.name);
}
