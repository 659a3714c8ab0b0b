// E0407: `impl From<i32> for Celsius` may only define `from`; `to_f` is not a member of `From`.
struct Celsius(i32);

impl From<i32> for Celsius {
    fn from(v: i32) -> Self {
        Celsius(v)
    }
    fn to_f(&self) -> i32 {
        self.0 * 9 / 5 + 32
    }
}

fn main() {
    let c = Celsius::from(100);
    println!("{}", c.0);
}
