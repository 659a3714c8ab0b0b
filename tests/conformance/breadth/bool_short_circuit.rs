// Checks that && and || short-circuit (the right side's function is not called) and that ! negates.
fn check(label: &str, result: bool) -> bool {
    println!("checking {label}");
    result
}

fn main() {
    let a = check("a", false) && check("b", true);
    println!("a && b = {a}");
    let c = check("c", true) || check("d", false);
    println!("c || d = {c}");
    let e = check("e", true) && check("f", false) || check("g", true);
    println!("e && f || g = {e}");
    println!("{}", !check("h", false));
    println!("{}", true ^ true);
    println!("{}", true & false | true);
}
