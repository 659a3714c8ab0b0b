// Checks a Box-based expression tree enum evaluated recursively returning Result, with division-by-zero handled as Err.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn eval(e: &Expr) -> Result<i64, String> {
    Ok(match e {
        Num(n) => *n,
        Add(a, b) => eval(a)? + eval(b)?,
        Mul(a, b) => eval(a)? * eval(b)?,
        Div(a, b) => {
            let d = eval(b)?;
            if d == 0 {
                return Err(format!("division by zero in {:?}", e));
            }
            eval(a)? / d
        }
        Neg(a) => -eval(a)?,
    })
}

fn show(e: &Expr) -> String {
    match e {
        Num(n) if *n < 0 => format!("({})", n),
        Num(n) => n.to_string(),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        Mul(a, b) => format!("{} * {}", show(a), show(b)),
        Div(a, b) => format!("{} / {}", show(a), show(b)),
        Neg(a) => format!("-{}", show(a)),
    }
}

fn main() {
    let e1 = Add(Box::new(Num(2)), Box::new(Mul(Box::new(Num(3)), Box::new(Num(-4)))));
    let e2 = Div(Box::new(Num(10)), Box::new(Add(Box::new(Num(1)), Box::new(Neg(Box::new(Num(1)))))));
    let e3 = Neg(Box::new(Div(Box::new(Num(-9)), Box::new(Num(2)))));
    for e in [&e1, &e2, &e3] {
        match eval(e) {
            Ok(v) => println!("{} = {}", show(e), v),
            Err(msg) => println!("{} -> error: {}", show(e), msg),
        }
    }
}
