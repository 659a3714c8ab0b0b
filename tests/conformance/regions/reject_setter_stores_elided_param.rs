// E0621: a setter stores its elided `&str` in a field that holds `&'a str`.
struct S<'a> {
    name: &'a str,
}
impl<'a> S<'a> {
    fn set(&mut self, name: &str) {
        self.name = name;
    }
}
fn main() {
    let mut s = S { name: "a" };
    s.set("b");
    println!("{}", s.name);
}
