// Near miss: with T: Copy the field is copied out of &self; into_inner(self) moves it out instead.
struct Wrapper<T> {
    x: T,
}

impl<T: Copy> Wrapper<T> {
    fn get(&self) -> T {
        self.x
    }
}

impl<T> Wrapper<T> {
    fn into_inner(self) -> T {
        self.x
    }
}

fn main() {
    let w = Wrapper { x: 3 };
    println!("{} {}", w.get(), w.get());
    let s = Wrapper { x: String::from("boxed up") };
    let inner = s.into_inner();
    println!("{}", inner);
}
