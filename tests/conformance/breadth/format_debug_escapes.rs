// Checks {:?} escaping of quotes, backslashes, newlines, tabs and unicode in strings and chars.
fn main() {
    let s = "say \"hi\"\n\tand leave\\";
    println!("{}", s);
    println!("{:?}", s);
    println!("{:?} {:?} {:?} {:?}", 'a', '\'', '"', '\n');
    println!("{:?}", "it's");
    println!("{:?}", "é ✓ \u{7f} \u{0}");
    println!("{:?}", String::from("owned"));
    println!("{:?}", vec!["a", "b\"c"]);
    println!("{:?}", ('x', "y", 1u8, -1i64, true, ()));
    let empty: Vec<String> = Vec::new();
    println!("{:?} {:?} {:?}", empty, Some("s"), None::<i32>);
    println!("{:#?}", (1, "two"));
}
