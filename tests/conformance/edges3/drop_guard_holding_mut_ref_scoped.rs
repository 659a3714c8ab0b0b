// A guard holding `&mut log` whose Drop writes to it: scoped and `drop(g)`-ed before `log` is used.
struct Guard<'a> { log: &'a mut Vec<String>, name: &'static str }
impl<'a> Drop for Guard<'a> { fn drop(&mut self) { self.log.push(format!("exit {}", self.name)); } }
fn main() {
    let mut log = Vec::new();
    {
        let _g = Guard { log: &mut log, name: "a" };
    }
    log.push(String::from("between"));
    {
        let g = Guard { log: &mut log, name: "b" };
        drop(g);
        log.push(String::from("after drop"));
    }
    println!("{:?}", log);
}
