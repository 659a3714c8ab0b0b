// `while let Some(x) = v.pop()`: each popped value drops at the end of its iteration.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![D(1), D(2), D(3)];
    while let Some(d) = v.pop() {
        println!("got {}", d.0);
    }
    println!("empty {}", v.is_empty());
}
