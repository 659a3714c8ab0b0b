// E0594/E0596 through a variable's `&` reference: rustc names the variable ("`r` is a `&` reference, so it cannot be written to") and offers `&mut` where it got its reference: a parameter, `&self`, a `let`, a `for` over `&v`.
struct C { n: i32 }
impl C {
    fn bump(&self) { self.n += 1; }
    fn grow(&self, v: &Vec<i32>) { v.push(self.n); }
}
fn reset(value: &i32) { *value = 0; }
fn add(list: &Vec<String>) { list.push(String::new()); }
fn main() {
    let x = 5;
    let r = &x;
    *r = 6;
    let mut v = vec![1];
    let rv = &v;
    rv.push(2);
    let t: &Vec<i32> = &v;
    t.push(3);
    let c = C { n: 1 };
    c.bump();
    for e in &v {
        *e += 1;
    }
}
