// Checks methods and functions returning references with elided lifetimes, used and then released before mutation.
struct Library {
    books: Vec<String>,
}

impl Library {
    fn first(&self) -> &str {
        &self.books[0]
    }
    fn longest(&self) -> &String {
        let mut best = &self.books[0];
        for b in &self.books {
            if b.len() > best.len() {
                best = b;
            }
        }
        best
    }
}

fn main() {
    let mut lib = Library { books: vec![String::from("Dune"), String::from("Emma")] };
    let f = lib.first();
    println!("first {f}");
    lib.books.push(String::from("Middlemarch"));
    let l = lib.longest().clone();
    lib.books.push(l);
    println!("{} books, longest {}", lib.books.len(), lib.longest());
}
