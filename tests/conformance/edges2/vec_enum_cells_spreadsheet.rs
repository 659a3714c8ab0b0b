// Book ch. 8.1: a Vec of an enum to store different types.
#[derive(Debug)]
enum SpreadsheetCell {
    Int(i32),
    Float(f64),
    Text(String),
}

fn main() {
    let row = vec![
        SpreadsheetCell::Int(3),
        SpreadsheetCell::Text(String::from("blue")),
        SpreadsheetCell::Float(10.12),
    ];
    for cell in &row {
        match cell {
            SpreadsheetCell::Int(i) => println!("int {}", i),
            SpreadsheetCell::Float(f) => println!("float {}", f),
            SpreadsheetCell::Text(t) => println!("text {}", t),
        }
    }
    println!("{:?}", row);
    println!("{}", std::mem::size_of::<SpreadsheetCell>());
}
