// Closures given to std: sort_by_key, sort_by, retain, position, any, all, find_map, max_by_key, min_by, fold over a tuple, windows and chunks.
#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut players = vec![
        Player { name: String::from("kim"), score: 30 },
        Player { name: String::from("ada"), score: 20 },
        Player { name: String::from("bo"), score: 25 },
    ];
    players.sort_by_key(|p| p.score);
    println!("{:?}", players.iter().map(|p| &p.name).collect::<Vec<_>>());
    players.sort_by(|a, b| b.name.cmp(&a.name));
    println!("{players:?}");
    let cutoff = 21;
    players.retain(|p| p.score > cutoff);
    println!("{} left", players.len());
    let n = vec![3, 8, 1, 9, 4];
    println!("{:?} {} {}", n.iter().position(|&x| x == 9), n.iter().any(|&x| x > 8),
             n.iter().all(|&x| x > 0));
    println!("{:?}", ["one", "2", "x", "40"].iter().find_map(|s| s.parse::<i32>().ok()));
    println!("{:?} {:?}", n.iter().max_by_key(|&&x| (x as i32 - 5).abs()),
             n.iter().min_by(|a, b| (*a % 4).cmp(&(*b % 4))));
    let (sum, count) = n.iter().fold((0, 0), |(s, c), &x| (s + x, c + 1));
    println!("mean {}", sum as f64 / count as f64);
    let rising = n.windows(2).filter(|w| w[1] > w[0]).count();
    let sums: Vec<i32> = n.chunks(2).map(|c| c.iter().sum()).collect();
    println!("{rising} {sums:?}");
}
