// Checks &mut self methods changing state and a self-consuming method returning a field.
#[derive(Debug)]
struct Counter {
    label: String,
    count: u32,
    history: Vec<u32>,
}

impl Counter {
    fn new(label: &str) -> Counter {
        Counter { label: label.to_string(), count: 0, history: Vec::new() }
    }
    fn bump(&mut self, by: u32) -> u32 {
        self.history.push(self.count);
        self.count += by;
        self.count
    }
    fn reset(&mut self) {
        self.bump(0);
        self.count = 0;
    }
    fn into_history(self) -> Vec<u32> {
        println!("consuming {}", self.label);
        self.history
    }
}

fn main() {
    let mut c = Counter::new("clicks");
    println!("{}", c.bump(3));
    println!("{}", c.bump(4));
    c.reset();
    c.bump(1);
    println!("{:?}", c);
    let h = c.into_history();
    println!("{:?}", h);
}
