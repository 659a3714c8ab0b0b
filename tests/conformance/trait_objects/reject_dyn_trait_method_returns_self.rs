// E0038: a trait whose method returns Self is not dyn compatible, so &dyn Duplicate cannot be written.
trait Duplicate {
    fn duplicate(&self) -> Self;
}

struct Sheep {
    wool: u32,
}

impl Duplicate for Sheep {
    fn duplicate(&self) -> Self {
        Sheep { wool: self.wool }
    }
}

fn copy_any(x: &dyn Duplicate) {}

fn main() {
    let s = Sheep { wool: 3 };
    copy_any(&s);
}
