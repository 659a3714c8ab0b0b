// Checks match with ranges, @ bindings, guards, | alternatives, nested tuple/enum patterns and char ranges.
#[derive(Debug, Clone, Copy)]
enum Temp {
    C(i32),
    F(i32),
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        x @ 1..=9 if x % 2 == 0 => "small even",
        1..=9 => "small odd",
        10 | 20 | 30 => "round",
        _ => "big",
    }
}

fn describe(t: Temp) -> String {
    match t {
        Temp::C(c @ 30..) | Temp::F(c @ 86..) => format!("hot ({})", c),
        Temp::C(c) if c < 0 => format!("freezing {}C", c),
        Temp::C(c) => format!("{}C", c),
        Temp::F(f) => format!("{}F", f),
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        _ if c.is_whitespace() => "space",
        _ => "other",
    }
}

fn main() {
    for n in [-5, 0, 4, 7, 20, 99] {
        println!("{} is {}", n, classify(n));
    }
    for t in [Temp::C(35), Temp::F(90), Temp::C(-3), Temp::C(12), Temp::F(50)] {
        println!("{:?} -> {}", t, describe(t));
    }
    let kinds: Vec<&str> = "aZ3 x!".chars().map(kind).collect();
    println!("{:?}", kinds);
    let pairs = [(0, 0), (1, 0), (0, -2), (3, 3), (2, 5)];
    for p in pairs.iter() {
        let s = match *p {
            (0, 0) => "origin".to_string(),
            (x, 0) | (0, x) => format!("on axis at {}", x),
            (a, b) if a == b => "diagonal".to_string(),
            (a, b) => format!("({}, {})", a, b),
        };
        println!("{}", s);
    }
    let nested = Some(Ok::<i32, String>(3));
    match nested {
        Some(Ok(n @ 1..=5)) => println!("small ok {}", n),
        Some(Ok(n)) => println!("ok {}", n),
        Some(Err(ref e)) => println!("err {}", e),
        None => println!("none"),
    }
}
