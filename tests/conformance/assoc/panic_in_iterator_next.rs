// A panic inside the program's `next` (u8 overflow in the doubling), reached through `map` and `sum`.
struct Doubling {
    value: u8,
}

impl Iterator for Doubling {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        let current = self.value;
        self.value = self.value * 2;
        Some(current)
    }
}

fn main() {
    let d = Doubling { value: 1 };
    let total: u32 = d.map(|x| {
        println!("item {}", x);
        x as u32
    }).take(12).sum();
    println!("{}", total);
}
