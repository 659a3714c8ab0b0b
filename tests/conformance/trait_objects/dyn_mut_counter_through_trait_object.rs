// &mut dyn Counter: a &mut self method changes the concrete value behind the trait object, and the owner sees the change afterwards.
trait Counter {
    fn bump(&mut self);
    fn count(&self) -> u32;
}

struct Clicks {
    n: u32,
}

struct Doubler {
    value: u32,
}

impl Counter for Clicks {
    fn bump(&mut self) {
        self.n += 1;
    }

    fn count(&self) -> u32 {
        self.n
    }
}

impl Counter for Doubler {
    fn bump(&mut self) {
        self.value = if self.value == 0 { 1 } else { self.value * 2 };
    }

    fn count(&self) -> u32 {
        self.value
    }
}

fn bump_three_times(c: &mut dyn Counter) {
    for _ in 0..3 {
        c.bump();
    }
    println!("now {}", c.count());
}

fn main() {
    let mut clicks = Clicks { n: 10 };
    let mut doubler = Doubler { value: 0 };
    bump_three_times(&mut clicks);
    bump_three_times(&mut doubler);
    println!("clicks {} doubler {}", clicks.n, doubler.value);
}
