// `Box::leak` turns a Box into a `&'static mut` that is never freed
fn main() {
    let counter: &'static mut i32 = Box::leak(Box::new(0));
    for _ in 0..3 {
        *counter += 2;
    }
    println!("{counter}");
    let name: &'static mut String = Box::leak(Box::new(String::from("kept")));
    name.push('!');
    println!("{name}");
}
