// split_terminator, splitting on "" (every char boundary), and closures as str patterns.
fn main() {
    println!("{:?}", "a,b,".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "a,b".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "abc".split("").collect::<Vec<_>>());
    println!("{:?}", "héllo".split("").collect::<Vec<_>>());
    println!("{:?}", "a1b22c".split(|c: char| c.is_ascii_digit()).collect::<Vec<_>>());
    println!("{:?} {}", "hello".find(|c: char| c == 'l'), "hello".contains(|c: char| c == 'z'));
    println!("{:?}", "a--b".split("-").collect::<Vec<_>>());
    println!("{:?}", "".split(',').collect::<Vec<_>>());
    println!("{:?}", ",".split_terminator(',').collect::<Vec<_>>());
}
