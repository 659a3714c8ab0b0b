// Checks the Book's Vec of an enum with different payloads, matched while iterating by reference.
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
        SpreadsheetCell::Int(-4),
    ];
    let mut total = 0.0;
    for cell in &row {
        match cell {
            SpreadsheetCell::Int(i) => total += *i as f64,
            SpreadsheetCell::Float(f) => total += f,
            SpreadsheetCell::Text(t) => println!("text cell: {t}"),
        }
    }
    println!("numeric total {total}");
    println!("{:?}", row[1]);
    println!("{:?}", row);
}
