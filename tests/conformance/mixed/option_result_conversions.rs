// Checks ok(), ok_or, map_err, and_then chains, unwrap_or_else, Option<Option<_>>, and ? on Result in a helper.
fn parse_all(items: &[&str]) -> Result<Vec<i32>, String> {
    let mut out = Vec::new();
    for s in items {
        let n = s.parse::<i32>().map_err(|e| format!("{:?}: {}", s, e))?;
        out.push(n);
    }
    Ok(out)
}

fn checked_avg(v: &[i32]) -> Option<i32> {
    let sum: i32 = v.iter().sum();
    sum.checked_div(v.len() as i32)
}

fn main() {
    println!("{:?}", parse_all(&["1", "2", "3"]));
    println!("{:?}", parse_all(&["1", "two", "3"]));
    println!("{:?}", parse_all(&["1", ""]));
    println!("{:?}", parse_all(&["99999999999"]));
    let r: Result<i32, String> = Err("boom".to_string());
    println!("{:?} {}", r.clone().ok(), r.clone().unwrap_or_else(|e| e.len() as i32));
    let o: Option<u8> = None;
    println!("{:?}", o.ok_or("missing"));
    println!("{:?}", checked_avg(&[]));
    println!("{:?}", checked_avg(&[4, 5]));
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested, nested.flatten());
    let doubled = parse_all(&["4", "5"]).map(|v| v.iter().map(|x| x * 2).collect::<Vec<_>>());
    println!("{:?}", doubled);
    let first = parse_all(&["8"]).ok().and_then(|v| v.first().copied());
    println!("{:?}", first);
    println!("{}", Some(3).map_or(0, |x| x * 7));
    println!("{:?}", Some(4).xor(None::<i32>));
    println!("{:?}", Ok::<i32, String>(1).and_then(|x| if x > 0 { Ok(x) } else { Err("neg".to_string()) }));
}
