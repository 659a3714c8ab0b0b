// E0507: a `self`-taking method on a field behind `&self`.
struct W {
    inner: Option<Box<i32>>,
}

impl W {
    fn get(&self) -> i32 {
        *self.inner.unwrap()
    }
}

fn main() {
    println!("{}", W { inner: Some(Box::new(3)) }.get());
}
