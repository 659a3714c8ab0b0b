// Consumers on the program's iterator: count, max, min, last, nth, position, any, find, fold, enumerate and collect.
struct Countdown {
    from: i32,
}

impl Iterator for Countdown {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        if self.from == 0 {
            return None;
        }
        self.from -= 1;
        Some(self.from + 1)
    }
}

fn countdown(from: i32) -> Countdown {
    Countdown { from }
}

fn main() {
    println!("count {}", countdown(6).count());
    println!("max {:?} min {:?}", countdown(6).max(), countdown(6).min());
    println!("last {:?}", countdown(4).last());
    let mut c = countdown(10);
    println!("nth(2) {:?}, then {:?}", c.nth(2), c.next());
    println!("position of 3: {:?}", countdown(5).position(|x| x == 3));
    println!("any even: {}", countdown(5).any(|x| x % 2 == 0));
    println!("find > 2: {:?}", c.find(|&x| x > 2));
    println!("then c gives {:?}", c.next());
    let product = countdown(5).fold(1, |acc, x| acc * x);
    println!("5! = {}", product);
    for (i, x) in countdown(3).enumerate() {
        println!("{}: {}", i, x);
    }
    let v: Vec<i32> = countdown(5).collect();
    println!("{:?} len {} cap {}", v, v.len(), v.capacity());
    let doubled: Vec<i32> = countdown(3).chain(countdown(2)).map(|x| x * 2).collect();
    println!("{:?}", doubled);
}
