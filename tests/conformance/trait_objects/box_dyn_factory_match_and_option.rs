// A factory returns Box<dyn Speak> from match arms; a Vec of them, a &Box<dyn Speak>, and an Option<Box<dyn Speak>> (16 bytes, None is the null niche).
trait Speak { fn speak(&self) -> String; }
struct Dog; struct Cat { name: String }
impl Speak for Dog { fn speak(&self) -> String { "Woof".to_string() } }
impl Speak for Cat { fn speak(&self) -> String { format!("{} says meow", self.name) } }
fn make(kind: &str) -> Box<dyn Speak> {
    match kind {
        "dog" => Box::new(Dog),
        _ => Box::new(Cat { name: kind.to_string() }),
    }
}
fn main() {
    let animals = vec![make("dog"), make("Tom")];
    for a in animals.iter() { println!("{}", a.speak()); }
    let first: &Box<dyn Speak> = &animals[0];
    println!("{}", first.speak());
    let mut o: Option<Box<dyn Speak>> = None;
    println!("{}", o.is_none());
    o = Some(make("x"));
    if let Some(s) = &o { println!("{}", s.speak()); }
    println!("{}", std::mem::size_of::<Option<Box<dyn Speak>>>());
}
