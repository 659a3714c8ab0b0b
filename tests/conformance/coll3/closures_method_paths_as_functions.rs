// std methods named as functions in map: ToString::to_string, str::len, String::from, str::to_uppercase, str::to_owned and String::len.
fn main() {
    let numbers = vec![7, -42, 300];
    let texts: Vec<String> = numbers.iter().map(ToString::to_string).collect();
    println!("{texts:?} {}", texts.iter().map(|t| t.capacity()).sum::<usize>());
    let words = ["alpha", "be", "gamma"];
    let lengths: Vec<usize> = words.iter().copied().map(str::len).collect();
    let owned: Vec<String> = words.iter().copied().map(String::from).collect();
    let loud: Vec<String> = words.iter().copied().map(str::to_uppercase).collect();
    let copies: Vec<String> = words.iter().copied().map(str::to_owned).collect();
    let total: usize = copies.iter().map(String::len).sum();
    println!("{lengths:?} {owned:?} {loud:?} {total}");
    let flags: Vec<String> = [true, false].iter().map(ToString::to_string).collect();
    let chars: String = ['o', 'k'].iter().map(ToString::to_string).collect();
    println!("{flags:?} {chars}");
}
