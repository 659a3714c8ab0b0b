// `&mut self` trait methods change the struct in place; a default method calls a required `&self` one.
trait Counter {
    fn bump(&mut self, by: u32);
    fn value(&self) -> u32;
    fn report(&self) -> String {
        format!("count = {}", self.value())
    }
}

struct Clicks {
    n: u32,
    log: Vec<u32>,
}

impl Counter for Clicks {
    fn bump(&mut self, by: u32) {
        self.n += by;
        self.log.push(by);
    }
    fn value(&self) -> u32 {
        self.n
    }
}

fn main() {
    let mut c = Clicks { n: 0, log: Vec::new() };
    c.bump(1);
    c.bump(5);
    let r = &mut c;
    r.bump(10);
    println!("{}", c.report());
    println!("{:?} (len {}, cap {})", c.log, c.log.len(), c.log.capacity());
}
