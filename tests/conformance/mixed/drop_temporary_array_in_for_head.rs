// Checks that temporaries in a for loop's iterator expression ([..].iter()) live until the loop ends, so their Drop runs after the body.
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.id);
    }
}

fn main() {
    for t in [Ticket { id: 1 }, Ticket { id: 2 }].iter() {
        let label = format!("#{}", t.id);
        println!("serving {}", label);
    }
    println!("after loop");
    for n in vec![10, 20].iter() {
        let doubled = n * 2;
        println!("{} {}", n, doubled);
    }
}
