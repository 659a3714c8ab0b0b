// E0277: a provided method returning `Self` by value needs `Self: Sized`, which a trait does not assume.
trait Make {
    fn make(&self) -> Self;
    fn again(&self) -> Self {
        self.make()
    }
}

struct Token(u32);

impl Make for Token {
    fn make(&self) -> Token {
        Token(self.0 + 1)
    }
}

fn main() {
    let t = Token(1).again();
    println!("{}", t.0);
}
