// Type aliases: type Kilometers = i32 is just i32, a generic alias Grid<T>, a tuple alias with its size, and the Book's type Result<T> = std::result::Result<T, MyError> with ?.
use std::fmt;

type Kilometers = i32;
type Grid<T> = Vec<Vec<T>>;
type Pair = (u8, u64);

#[derive(Debug)]
struct MyError {
    code: u8,
}

impl fmt::Display for MyError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "error {}", self.code)
    }
}

type Result<T> = std::result::Result<T, MyError>;

fn half(n: Kilometers) -> Result<Kilometers> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(MyError { code: 1 }) }
}

fn quarter(n: i32) -> Result<i32> {
    let h = half(n)?;
    half(h)
}

fn main() {
    let x: i32 = 5;
    let y: Kilometers = 5;
    println!("x + y = {}", x + y);
    let mut g: Grid<char> = vec![vec!['.'; 3]; 2];
    g[1][2] = '#';
    println!("{:?}", g);
    let p: Pair = (1, 2);
    println!("{} {}", std::mem::size_of::<Pair>(), p.0 as u64 + p.1);
    println!("{:?} {:?}", quarter(8), quarter(6));
    match quarter(6) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("failed: {}", e),
    }
    println!("{}", std::mem::size_of::<Result<u8>>());
}
