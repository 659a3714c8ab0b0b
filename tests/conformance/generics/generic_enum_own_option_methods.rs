// A generic enum of the program's own (Maybe<T>) with generic methods that match on it, used with i32 and &str.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn is_just(&self) -> bool {
        match self {
            Maybe::Just(_) => true,
            Maybe::Nothing => false,
        }
    }

    fn unwrap_or(self, default: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => default,
        }
    }
}

fn find_even(values: &[i32]) -> Maybe<i32> {
    for v in values {
        if v % 2 == 0 {
            return Maybe::Just(*v);
        }
    }
    Maybe::Nothing
}

fn main() {
    let a = find_even(&[1, 3, 4, 5]);
    let b = find_even(&[1, 3]);
    println!("{:?} {:?}", a, b);
    println!("{} {}", a.is_just(), b.is_just());
    println!("{} {}", a.unwrap_or(-1), b.unwrap_or(-1));
    let name: Maybe<&str> = Maybe::Just("Ferris");
    let none: Maybe<&str> = Maybe::Nothing;
    println!("{} {}", name.unwrap_or("nobody"), none.unwrap_or("nobody"));
}
