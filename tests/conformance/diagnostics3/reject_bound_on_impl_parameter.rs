// E0369: `self.a == self.b` in `impl<T> Pair<T>`: the bound goes on the impl's parameter.
struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn same(&self) -> bool {
        self.a == self.b
    }
}

fn main() {
    let p = Pair { a: 1, b: 1 };
    println!("{}", p.same());
}
