// E0507: returning self.x by value from &self moves a T out of a borrow (T is not known to be Copy).
struct Wrapper<T> {
    x: T,
}

impl<T> Wrapper<T> {
    fn get(&self) -> T {
        self.x
    }
}

fn main() {
    let w = Wrapper { x: 3 };
    println!("{}", w.get());
}
