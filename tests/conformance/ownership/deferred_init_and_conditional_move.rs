// Checks that `let x;` assigned exactly once on every branch is accepted, and a value moved on one branch need not be used after.
fn main() {
    let label;
    let n = 7;
    if n % 2 == 0 {
        label = "even";
    } else {
        label = "odd";
    }
    println!("{n} is {label}");
    let total: i32;
    total = n * 3;
    println!("{total}");
    let s = String::from("maybe moved");
    if n > 5 {
        let t = s;
        println!("moved: {t}");
    }
    println!("done");
}
