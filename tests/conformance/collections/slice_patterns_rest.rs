// Slice patterns with a rest on slices: [], [one], [first, .., last], [head, tail @ ..], on v.as_slice() and v[..].
fn describe(s: &[i32]) -> String {
    match s {
        [] => String::from("empty"),
        [one] => format!("one: {one}"),
        [first, .., last] => format!("{first}..{last}"),
    }
}

fn sum(s: &[i32]) -> i32 {
    match s {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn main() {
    println!("{} {} {}", describe(&[]), describe(&[4]), describe(&[1, 2, 3]));
    println!("{}", sum(&[1, 2, 3, 4]));
    let v = vec![10, 20, 30];
    if let [a, b, rest @ ..] = v.as_slice() {
        println!("{a} {b} {:?}", rest);
    }
    match v[..] {
        [x, ..] => println!("first {x}"),
        [] => println!("none"),
    }
    let arr = [1, 2, 3, 4, 5];
    let [first, middle @ .., last] = arr;
    println!("{first} {:?} {last}", middle);
}
