// Checks let-else destructuring Option and enum values, returning early from the function when the pattern fails.
enum Field {
    Number(i64),
    Label(String),
}

fn find_colon(s: &str) -> Option<usize> {
    for (i, b) in s.as_bytes().iter().enumerate() {
        if *b == b':' {
            return Some(i);
        }
    }
    None
}

fn describe(entry: &str, field: Field) -> String {
    let Some(pos) = find_colon(entry) else {
        return format!("no colon in {entry:?}");
    };
    let Field::Number(n) = field else {
        return format!("{} is not numeric", &entry[..pos]);
    };
    format!("{} = {}", &entry[..pos], n * 2)
}

fn main() {
    println!("{}", describe("width:", Field::Number(21)));
    println!("{}", describe("height", Field::Number(5)));
    println!("{}", describe("name:", Field::Label(String::from("x"))));
    let Some(v) = Some(3) else { panic!("unreachable") };
    println!("{v}");
}
