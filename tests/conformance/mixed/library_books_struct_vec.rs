// Checks a library of Book structs in a Vec with borrowing/returning methods, filter/map/collect and {:#?}.
#[derive(Debug, Clone, PartialEq)]
struct Book {
    title: String,
    author: String,
    year: u16,
    borrowed: bool,
}

#[derive(Debug)]
struct Library {
    name: String,
    books: Vec<Book>,
}

impl Library {
    fn new(name: &str) -> Library {
        Library { name: name.to_string(), books: Vec::new() }
    }

    fn add(&mut self, title: &str, author: &str, year: u16) {
        self.books.push(Book {
            title: String::from(title),
            author: author.to_string(),
            year,
            borrowed: false,
        });
    }

    fn borrow_book(&mut self, title: &str) -> Result<(), String> {
        for book in self.books.iter_mut() {
            if book.title == title {
                if book.borrowed {
                    return Err(format!("'{}' is already borrowed", title));
                }
                book.borrowed = true;
                return Ok(());
            }
        }
        Err(format!("no book called '{}'", title))
    }

    fn available(&self) -> Vec<&str> {
        self.books.iter().filter(|b| !b.borrowed).map(|b| b.title.as_str()).collect()
    }
}

fn main() {
    let mut lib = Library::new("City");
    lib.add("Dune", "Herbert", 1965);
    lib.add("Emma", "Austen", 1815);
    lib.add("Ubik", "Dick", 1969);
    println!("{:?}", lib.borrow_book("Dune"));
    println!("{:?}", lib.borrow_book("Dune"));
    println!("{:?}", lib.borrow_book("Solaris"));
    println!("available: {:?}", lib.available());
    let oldest = lib.books.iter().map(|b| b.year).min().unwrap();
    println!("oldest year {}", oldest);
    println!("{} has {} books", lib.name, lib.books.len());
    println!("{:#?}", lib.books[1]);
}
