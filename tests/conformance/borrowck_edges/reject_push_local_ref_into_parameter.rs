// E0597: a reference to a local pushed into the caller's vector must outlive the function
fn fill<'a>(v: &mut Vec<&'a i32>) {
    let x = 5;
    v.push(&x);
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    println!("{}", v.len());
}
