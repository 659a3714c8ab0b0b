// E0382: a `for` loop moves the program's iterator (IntoIterator::into_iter takes it by value); using it afterwards is a use of a moved value.
struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.count < 3 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let c = Counter { count: 0 };
    for x in c {
        println!("{}", x);
    }
    println!("{}", c.count);
}
