// Rust by Example's `Fibonacci` iterator: endless, cut by `take`, `skip` and `take_while`; `Self::Item` in the signature.
struct Fibonacci {
    curr: u32,
    next: u32,
}

impl Iterator for Fibonacci {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        let current = self.curr;
        self.curr = self.next;
        self.next = current + self.next;
        Some(current)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

fn main() {
    let mut sequence = 0..3;
    println!("Four consecutive `next` calls on 0..3");
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());

    println!("The first four terms of the Fibonacci sequence are: ");
    for i in fibonacci().take(4) {
        println!("> {}", i);
    }

    println!("The next four terms of the Fibonacci sequence are: ");
    for i in fibonacci().skip(4).take(4) {
        println!("> {}", i);
    }

    let small: Vec<u32> = fibonacci().take_while(|&x| x < 100).collect();
    println!("{:?} ({} terms, cap {})", small, small.len(), small.capacity());
    let evens: Vec<u32> = fibonacci().filter(|x| x % 2 == 0).take(5).collect();
    println!("{:?}", evens);
}
