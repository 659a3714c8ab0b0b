// E0412 then E0308: an unknown type in a later function is reported before an earlier type mismatch.
fn first() -> i32 {
    "not a number"
}

fn second(p: Pointt) -> i32 {
    0
}

fn main() {
    println!("{}", first());
}
