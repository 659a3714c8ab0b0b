// E0506: a `match` scrutinee temporary with a destructor lives to the end of the `match`
struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("guard sees {}", self.0);
    }
}

fn main() {
    let mut x = 1;
    match Guard(&mut x) {
        _ => {
            x = 5;
        }
    }
    println!("{}", x);
}
