// E0499: a Drop guard holding `&mut log` lives to the end of main, so `log.push` conflicts.
struct Guard<'a> { log: &'a mut Vec<String> }
impl<'a> Drop for Guard<'a> { fn drop(&mut self) { self.log.push(String::from("exit")); } }
fn main() {
    let mut log = Vec::new();
    let _g = Guard { log: &mut log };
    log.push(String::from("oops"));
}
