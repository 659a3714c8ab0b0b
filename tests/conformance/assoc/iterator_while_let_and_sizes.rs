// `while let Some(x) = it.next()` on the program's iterator, an iterator over an enum's states, and size_of of the iterator and of adaptors around it.
use std::mem::size_of_val;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
    Yellow,
}

struct Cycle {
    light: Light,
    steps: u8,
}

impl Iterator for Cycle {
    type Item = Light;

    fn next(&mut self) -> Option<Light> {
        if self.steps == 0 {
            return None;
        }
        self.steps -= 1;
        let now = self.light;
        self.light = match now {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        };
        Some(now)
    }
}

fn main() {
    let mut c = Cycle { light: Light::Red, steps: 4 };
    while let Some(light) = c.next() {
        println!("{:?}", light);
    }
    println!("done: {:?}", c.next());
    let c2 = Cycle { light: Light::Yellow, steps: 7 };
    println!("size {}", size_of_val(&c2));
    let skipped = c2.skip(2);
    println!("skip size {}", size_of_val(&skipped));
    let reds = skipped.filter(|l| *l == Light::Red).count();
    println!("reds {}", reds);
}
