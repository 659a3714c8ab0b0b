// Checks let-else with parse::<i32>(), split_once, early return, and a loop collecting results.
fn parse_pair(line: &str) -> Option<(String, i32)> {
    let Some((name, num)) = line.split_once('=') else {
        return None;
    };
    let Ok(value) = num.trim().parse::<i32>() else {
        println!("bad number in {:?}", line);
        return None;
    };
    Some((name.trim().to_string(), value))
}

fn main() {
    let input = "width = 40\nheight=12\njunk\ndepth = x\n  count =  -7 ";
    let mut pairs = Vec::new();
    for line in input.lines() {
        match parse_pair(line) {
            Some(p) => pairs.push(p),
            None => println!("skipped {:?}", line),
        }
    }
    println!("{:?}", pairs);
    let total: i32 = pairs.iter().map(|(_, v)| v).sum();
    println!("total {}", total);
    let names: Vec<&String> = pairs.iter().map(|p| &p.0).collect();
    println!("{:?}", names);
    let r: Result<u8, _> = "300".parse::<u8>();
    println!("{:?}", r.is_err());
    let n: i64 = "  42 ".trim().parse().unwrap();
    println!("{}", n * 2);
}
