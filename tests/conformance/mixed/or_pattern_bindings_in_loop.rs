// Checks or-patterns that bind the same name in each alternative, matched repeatedly in a loop and a function with different alternatives taken.
#[derive(Debug, Clone, Copy)]
enum Reading {
    Celsius(i32),
    Fahrenheit(i32),
}

fn value(r: Reading) -> i32 {
    match r {
        Reading::Celsius(v) | Reading::Fahrenheit(v) => v,
    }
}

fn main() {
    for p in [(0, 4), (7, 0), (3, 3)] {
        match p {
            (0, x) | (x, 0) => println!("on an axis at {}", x),
            (a, b) => println!("({}, {})", a, b),
        }
    }
    let rs = [Reading::Celsius(21), Reading::Fahrenheit(70), Reading::Celsius(-4)];
    let total: i32 = rs.iter().map(|r| value(*r)).sum();
    println!("{:?} total {}", rs, total);
}
