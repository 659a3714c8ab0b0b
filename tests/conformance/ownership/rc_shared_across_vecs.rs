// Checks Rc values shared between two Vecs, with counts and the drop happening only after both Vecs release them.
use std::rc::Rc;

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    println!("make {name}");
    Noisy { name: name.to_string() }
}

fn main() {
    let shelf_a: Vec<Rc<Noisy>>;
    let mut shelf_b = Vec::new();
    {
        let book = Rc::new(noisy("book"));
        let pen = Rc::new(noisy("pen"));
        shelf_a = vec![Rc::clone(&book), Rc::clone(&pen)];
        shelf_b.push(Rc::clone(&book));
        println!("book {} pen {}", Rc::strong_count(&book), Rc::strong_count(&pen));
    }
    println!("after block: book {} pen {}", Rc::strong_count(&shelf_b[0]), Rc::strong_count(&shelf_a[1]));
    drop(shelf_a);
    println!("shelf_a gone, book count {}", Rc::strong_count(&shelf_b[0]));
    shelf_b.pop();
    println!("end of main");
}
