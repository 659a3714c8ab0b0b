// Near miss of the E0038 program: a generic function (static dispatch) may use a trait whose method returns Self.
trait Duplicate {
    fn duplicate(&self) -> Self;
}

struct Sheep {
    wool: u32,
}

impl Duplicate for Sheep {
    fn duplicate(&self) -> Self {
        Sheep { wool: self.wool + 1 }
    }
}

fn copy_any<T: Duplicate>(x: &T) -> T {
    x.duplicate()
}

fn main() {
    let s = Sheep { wool: 3 };
    let t = copy_any(&s);
    println!("{} {}", s.wool, t.wool);
}
