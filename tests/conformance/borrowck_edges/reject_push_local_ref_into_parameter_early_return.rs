// E0597: the same through an early `return`: the parameter's lifetime outlives every local
fn fill<'a>(v: &mut Vec<&'a i32>, early: bool) {
    let x = 5;
    v.push(&x);
    if early {
        return;
    }
    println!("late");
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v, true);
    println!("{}", v.len());
}
