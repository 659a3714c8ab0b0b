// E0506: a struct that contains a Drop type holding a borrow keeps the borrow alive until it is dropped.
struct Inner<'a> {
    r: &'a mut String,
}

impl Drop for Inner<'_> {
    fn drop(&mut self) {
        self.r.push('!');
    }
}

struct Outer<'a> {
    inner: Inner<'a>,
    tag: u8,
}

fn main() {
    let mut s = String::from("hi");
    let o = Outer { inner: Inner { r: &mut s }, tag: 1 };
    println!("tag {}", o.tag);
    s = String::from("bye");
    println!("{}", s);
}
