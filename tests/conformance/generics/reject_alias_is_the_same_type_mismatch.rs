// E0308: Kilometers is another name for i32, so a &str does not fit a Kilometers binding (the alias gives no new type).
type Kilometers = i32;

fn total(a: Kilometers, b: Kilometers) -> Kilometers {
    a + b
}

fn main() {
    let here: Kilometers = 5;
    let there: Kilometers = "far";
    println!("{}", total(here, there));
}
