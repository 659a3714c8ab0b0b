// Every parse error kind, its Display text and size, and float literals Rust accepts.

fn main() {
    println!("{} {} {} {}", std::mem::size_of::<std::num::ParseFloatError>(), std::mem::size_of::<std::str::ParseBoolError>(), std::mem::size_of::<std::char::ParseCharError>(), std::mem::size_of::<std::num::ParseIntError>());
    println!("{} {} {}", std::mem::size_of::<Result<f64, std::num::ParseFloatError>>(), std::mem::size_of::<Result<bool, std::str::ParseBoolError>>(), std::mem::size_of::<Result<char, std::char::ParseCharError>>());
    println!("{:?} {:?} {:?}", "".parse::<f64>(), "x".parse::<f32>(), "1_0".parse::<f64>());
    match "".parse::<f64>() { Err(e) => println!("{e}"), Ok(_) => {} }
    match "y".parse::<f64>() { Err(e) => println!("{e}"), Ok(_) => {} }
    println!("{:?} {:?} {:?}", "yes".parse::<bool>(), "".parse::<char>(), "ab".parse::<char>());
    match "yes".parse::<bool>() { Err(e) => println!("{e}"), Ok(_) => {} }
    match "".parse::<char>() { Err(e) => println!("{e}"), Ok(_) => {} }
    match "ab".parse::<char>() { Err(e) => println!("{e}"), Ok(_) => {} }
    println!("{:?} {:?} {:?} {:?}", "inf".parse::<f64>(), "-NaN".parse::<f64>(), "1e999".parse::<f32>(), ".5e-3".parse::<f64>());
    println!("{:?} {:?} {:?} {:?}", "5.".parse::<f64>(), "+1".parse::<f64>(), "1e".parse::<f64>(), "Infinity".parse::<f64>());
    println!("{:?} {:?} {:?}", "-0".parse::<u8>(), "+0".parse::<u8>(), "-".parse::<i8>());
}
