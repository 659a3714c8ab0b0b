// E0506: the temporary behind `Guard(&mut x).get()` lives until the `match` ends
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

impl Guard<'_> {
    fn get(&self) -> Option<i32> {
        Some(*self.0)
    }
}

fn main() {
    let mut x = 1;
    match Guard(&mut x).get() {
        Some(_) => {
            x = 5;
        }
        None => {}
    }
    println!("{}", x);
}
