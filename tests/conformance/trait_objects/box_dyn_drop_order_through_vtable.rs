// Dropping Box<dyn Trait> values runs each concrete type's Drop (found through the vtable's drop slot), in Vec order and at scope ends.
trait Named {
    fn name(&self) -> String;
}

struct Loud {
    id: u32,
}

struct Quiet {
    tag: String,
}

impl Named for Loud {
    fn name(&self) -> String {
        format!("loud {}", self.id)
    }
}

impl Named for Quiet {
    fn name(&self) -> String {
        format!("quiet {}", self.tag)
    }
}

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop loud {}", self.id);
    }
}

impl Drop for Quiet {
    fn drop(&mut self) {
        println!("drop quiet {}", self.tag);
    }
}

fn main() {
    let single: Box<dyn Named> = Box::new(Loud { id: 0 });
    {
        let mut items: Vec<Box<dyn Named>> = Vec::new();
        items.push(Box::new(Loud { id: 1 }));
        items.push(Box::new(Quiet { tag: String::from("a") }));
        items.push(Box::new(Loud { id: 2 }));
        for item in &items {
            println!("{}", item.name());
        }
        let first = items.remove(0);
        println!("removed {}", first.name());
        println!("inner scope ends");
    }
    println!("single is {}", single.name());
    drop(single);
    println!("main ends");
}
