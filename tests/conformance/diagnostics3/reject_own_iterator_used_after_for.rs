// E0382: a `for` loop over a program's own iterator moves it by the implicit `.into_iter()`; reading its field afterwards is E0382.
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
    let c = Countdown { left: 3 };
    for n in c {
        println!("{}", n);
    }
    println!("left {}", c.left);
}
