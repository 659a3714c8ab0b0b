// Recursion over a slice with [head, tail @ ..], and a match on the last two elements with [.., a, b].
fn sum(values: &[i64]) -> i64 {
    match values {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn last_two(values: &[&str]) -> String {
    match values {
        [.., a, b] => format!("{a} then {b}"),
        [only] => format!("just {only}"),
        [] => String::from("nothing"),
    }
}

fn main() {
    let v = vec![3, 4, 5];
    println!("{}", sum(&v));
    println!("{}", sum(&v[1..]));
    let names = ["ann", "bob", "cy"];
    println!("{}", last_two(&names));
    println!("{}", last_two(&names[..1]));
    println!("{}", last_two(&[]));
}
