// A `Box<dyn Trait>` runs its concrete type's `drop`; nested boxes drop outside in.
trait Named {
    fn name(&self) -> String;
}

struct Cat;
struct Dog(Box<Cat>);

impl Named for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

impl Named for Dog {
    fn name(&self) -> String {
        format!("dog with {}", self.0.name())
    }
}

impl Drop for Cat {
    fn drop(&mut self) {
        println!("drop cat");
    }
}

impl Drop for Dog {
    fn drop(&mut self) {
        println!("drop dog");
    }
}

fn main() {
    let pets: Vec<Box<dyn Named>> = vec![Box::new(Dog(Box::new(Cat))), Box::new(Cat)];
    for p in &pets {
        println!("{}", p.name());
    }
}
