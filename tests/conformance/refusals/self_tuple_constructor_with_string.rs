// `Self(a, b)` moves a String into a two-field tuple struct; drop order follows.
struct Tagged(String, u8);

impl Tagged {
    fn make(name: &str, n: u8) -> Self {
        let owned = String::from(name);
        Self(owned, n)
    }
}

impl Drop for Tagged {
    fn drop(&mut self) {
        println!("drop {} {}", self.0, self.1);
    }
}

fn main() {
    let a = Tagged::make("first", 1);
    let b = Tagged::make("second", 2);
    println!("made {} and {}", a.0, b.0);
}
