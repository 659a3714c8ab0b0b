// near miss: early returns, `?`, `break` with a value and `continue` past guards whose borrows are not touched again
struct Guard<'a> {
    count: &'a mut i32,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.count += 1;
        println!("guard dropped, count = {}", self.count);
    }
}

struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn parse_all(items: &[&str], count: &mut i32) -> Option<i32> {
    let mut total = 0;
    for item in items {
        let _g = Guard { count: &mut *count };
        let n: i32 = item.parse().ok()?;
        if n < 0 {
            return None;
        }
        total += n;
    }
    Some(total)
}

fn main() {
    let mut count = 0;
    println!("{:?}", parse_all(&["1", "2", "3"], &mut count));
    println!("{:?}", parse_all(&["1", "x", "3"], &mut count));
    println!("{:?}", parse_all(&["4", "-1"], &mut count));
    println!("count = {}", count);
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let mut i = 0;
    let found = loop {
        let n = Noisy(format!("step {}", i));
        if words[i].len() == 2 {
            break &words[i];
        }
        i += 1;
        if i > 5 {
            continue;
        }
        println!("{}", n.0);
    };
    println!("found {}", found);
}
