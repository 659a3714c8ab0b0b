// An enum with `From<i64>` and `From<String>`: the argument's type picks the impl, and the `String` moves in.
#[derive(Debug)]
enum Value {
    Int(i64),
    Text(String),
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Int(n)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::Int(n) => format!("int {}", n),
        Value::Text(s) => format!("text {:?} of {} bytes", s, s.len()),
    }
}

fn main() {
    let a: Value = 42i64.into();
    let s = String::from("hello");
    let b = Value::from(s);
    let c: Value = String::from("world").into();
    let all = vec![a, b, c, Value::from(-7i64)];
    for v in &all {
        println!("{}", describe(v));
    }
    println!("{:?}", all);
}
