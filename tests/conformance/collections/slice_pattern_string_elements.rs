// Slice patterns borrow String elements (no move out of the slice); a literal element pattern.
fn classify(args: &[String]) -> &str {
    match args {
        [] => "no args",
        [cmd] if cmd == "help" => "help",
        [cmd, rest @ ..] => {
            println!("{cmd} with {} more", rest.len());
            "command"
        }
    }
}

fn main() {
    let args = vec![String::from("run"), String::from("fast"), String::from("now")];
    println!("{}", classify(&args));
    println!("{}", classify(&args[..1]));
    println!("{}", classify(&[String::from("help")]));
    println!("{}", classify(&[]));
    let nums = [1, 2, 3];
    match &nums[..] {
        [1, second, ..] => println!("starts with 1, then {second}"),
        _ => println!("other"),
    }
}
