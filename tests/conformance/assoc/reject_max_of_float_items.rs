// E0277: max() needs Ord, which the f64 items of the program's iterator lack.
struct Halves {
    n: u32,
}

impl Iterator for Halves {
    type Item = f64;

    fn next(&mut self) -> Option<f64> {
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        Some(self.n as f64 / 2.0)
    }
}

fn main() {
    let m = Halves { n: 4 }.max();
    println!("{:?}", m);
}
