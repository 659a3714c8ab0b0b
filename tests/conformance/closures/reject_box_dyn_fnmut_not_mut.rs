// E0596: calling a `Box<dyn FnMut()>` borrows it mutably: the binding must be `mut`.
fn main() {
    let mut count = 0;
    let bump: Box<dyn FnMut()> = Box::new(|| count += 1);
    bump();
    println!("{}", count);
}
