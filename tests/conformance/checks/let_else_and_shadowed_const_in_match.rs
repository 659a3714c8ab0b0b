// refutable patterns are fine in `let ... else`, `if let`, `while let` and `match`; a `const` name in a `match` arm compares
const LIMIT: i32 = 5;

fn first_even(v: &[i32]) -> Option<i32> {
    for &n in v {
        if n % 2 == 0 {
            return Some(n);
        }
    }
    None
}

fn main() {
    let Some(e) = first_even(&[1, 3, 4, 6]) else {
        println!("none");
        return;
    };
    println!("first even {e}");
    for n in [3, 5, 7] {
        match n {
            LIMIT => println!("{n} is the limit"),
            other => println!("{other} is not"),
        }
    }
    let mut stack = vec![1, 2];
    while let Some(top) = stack.pop() {
        println!("popped {top}");
    }
    let Ok(v) = "12".parse::<i32>() else { panic!() };
    println!("{v}");
}
