// E0502: a guard that implements Drop and holds `&Vec` keeps the vector borrowed to the end of its scope.
struct Logger<'a> {
    items: &'a Vec<i32>,
}

impl<'a> Drop for Logger<'a> {
    fn drop(&mut self) {
        println!("logger saw {} items", self.items.len());
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    let log = Logger { items: &v };
    println!("first: {}", log.items[0]);
    v.push(4);
    println!("{:?}", v);
}
