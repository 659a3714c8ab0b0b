// Items under `#[cfg(test)]` (a helper fn, a struct, a test module) are dropped wherever they sit.
struct Counter {
    count: u32,
}

#[cfg(test)]
fn make_test_counter() -> Counter {
    Counter { count: 100 }
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.count += 1;
        self.count
    }
}

#[cfg(test)]
struct Fixture;

fn main() {
    let mut c = Counter { count: 0 };
    c.bump();
    println!("count = {}", c.bump());
}

#[cfg(test)]
mod tests {
    #[test]
    fn bumps() {
        let mut c = super::make_test_counter();
        assert_eq!(c.bump(), 101);
    }
}
