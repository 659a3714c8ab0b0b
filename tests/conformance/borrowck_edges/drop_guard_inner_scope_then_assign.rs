// rustc accepts: the guard implementing Drop is dropped at the end of its inner block, before the assignment.
struct Guard<'a> {
    count: &'a mut u32,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.count += 1;
        println!("guard done, count = {}", self.count);
    }
}

fn main() {
    let mut count = 0;
    {
        let g = Guard { count: &mut count };
        println!("inside with {}", g.count);
    }
    count += 100;
    println!("{}", count);
}
