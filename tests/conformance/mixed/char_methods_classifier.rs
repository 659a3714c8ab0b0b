// Checks char methods (is_alphabetic, is_numeric, to_ascii_uppercase, to_digit, from_digit, from_u32) in a tokenizer loop.
#[derive(Debug, PartialEq)]
enum Tok {
    Num(u32),
    Ident(String),
    Op(char),
}

fn tokenize(s: &str) -> Vec<Tok> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let mut n = 0;
            while i < chars.len() && chars[i].is_ascii_digit() {
                n = n * 10 + chars[i].to_digit(10).unwrap();
                i += 1;
            }
            out.push(Tok::Num(n));
            continue;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(chars[start..i].iter().collect()));
            continue;
        } else if "+-*/=()".contains(c) {
            out.push(Tok::Op(c));
        }
        i += 1;
    }
    out
}

fn main() {
    let toks = tokenize("x_1 = (42 + yy) * 7");
    println!("{:?}", toks);
    println!("{}", toks.len());
    println!("{:?}", std::char::from_digit(7, 10));
    println!("{:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800));
    println!("{}", 'q'.to_ascii_uppercase());
    println!("{}", toks.contains(&Tok::Op('*')));
    println!("{:?}", 'Z' as u32 - 'A' as u32);
    println!("{:?}", ('a'..='e').collect::<String>());
}
