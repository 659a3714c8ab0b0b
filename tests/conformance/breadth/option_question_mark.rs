// Checks ? on Option inside a function returning Option, stopping at the first None.
fn last_char_of_first_line(text: &str) -> Option<char> {
    let mut last = None;
    for c in text.chars() {
        if c == '\n' {
            break;
        }
        last = Some(c);
    }
    let c = last?;
    Some(c.to_ascii_uppercase())
}

fn third_element_doubled(v: &Vec<i32>) -> Option<i32> {
    let x = v.get(2)?;
    Some(x * 2)
}

fn main() {
    println!("{:?}", last_char_of_first_line("Hello, world\nHow are you"));
    println!("{:?}", last_char_of_first_line("\nhi"));
    println!("{:?}", last_char_of_first_line(""));
    println!("{:?} {:?}", third_element_doubled(&vec![1, 2, 3]), third_element_doubled(&vec![1]));
}
