// Returning a reference with elided lifetimes (one input, and `&self`).
struct Library {
    books: Vec<String>,
}

impl Library {
    fn longest(&self) -> &str {
        let mut best = "";
        for b in &self.books {
            if b.len() > best.len() {
                best = b;
            }
        }
        best
    }
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let lib = Library { books: vec![String::from("Dune"), String::from("Emma Woodhouse")] };
    println!("{} {}", lib.longest(), first_word(lib.longest()));
}
