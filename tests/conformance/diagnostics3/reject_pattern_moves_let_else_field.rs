// E0507: `let Some(token) = self.token else { .. }` in a `&self` method moves out of the field; for `let .. else` rustc suggests `ref token`.
struct Session {
    token: Option<String>,
}

impl Session {
    fn token_len(&self) -> usize {
        let Some(token) = self.token else {
            return 0;
        };
        token.len()
    }
}

fn main() {
    let s = Session { token: Some(String::from("abc")) };
    println!("{}", s.token_len());
}
