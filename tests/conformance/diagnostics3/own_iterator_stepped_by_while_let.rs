// Near miss: stepping the iterator with `while let Some(n) = c.next()` borrows it instead of moving it, so reading it afterwards compiles.
struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.left)
        }
    }
}

fn main() {
    let mut c = Countdown { left: 3 };
    while let Some(n) = c.next() {
        println!("{}", n);
        if n == 1 {
            break;
        }
    }
    println!("left {}", c.left);
}
