// E0596: `&mut *y` needs `DerefMut`; `MyBox<T>` only implements `Deref`.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
fn main() {
    let mut y = MyBox(4);
    let r = &mut *y;
    *r += 1;
}
