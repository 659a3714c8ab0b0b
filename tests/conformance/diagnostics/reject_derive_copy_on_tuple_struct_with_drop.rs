struct Guard {
    id: u8,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("bye {}", self.id);
    }
}

#[derive(Clone, Copy)]
struct Token(u32);

impl Drop for Token {
    fn drop(&mut self) {}
}

fn main() {
    let _g = Guard { id: 1 };
    let _t = Token(3);
}
