// Converting moves the source into `from`: a `Drop` type converted with `into()` is dropped once, by its new owner.
struct Token {
    name: String,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.name);
    }
}

struct Session {
    token: Token,
    id: u32,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("drop session {}", self.id);
    }
}

impl From<Token> for Session {
    fn from(token: Token) -> Session {
        println!("converting {}", token.name);
        Session { token, id: 7 }
    }
}

fn main() {
    let t = Token { name: String::from("a") };
    let other = Token { name: String::from("b") };
    let s: Session = t.into();
    println!("session {} holds {}", s.id, s.token.name);
    let s2 = Session::from(other);
    println!("second {}", s2.token.name);
}
