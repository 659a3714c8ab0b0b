// Closure trait objects as parameters: `&dyn Fn(i32) -> i32` given `&|x| ..`, a
// `Box<dyn Fn()>` moved into a function and dropped there, a `&Vec<Box<dyn Fn>>` walked.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}
fn run(f: Box<dyn Fn()>) {
    f();
}
fn run_all(fs: &Vec<Box<dyn Fn() -> String>>) {
    for f in fs {
        println!("{}", f());
    }
}
fn main() {
    println!("{}", apply(&|x| x * 2, 4));
    let k = 5;
    println!("{}", apply(&move |x| x + k, 4));
    let s = String::from("owned");
    run(Box::new(move || println!("{}", s)));
    let t = String::from("t");
    let fs: Vec<Box<dyn Fn() -> String>> = vec![Box::new(|| String::from("a")), Box::new(move || t.clone())];
    run_all(&fs);
}
