// Looks wrong but rustc accepts: mutable borrows of two different fields at once and iterating one field while pushing to another.
struct Game {
    players: Vec<String>,
    log: Vec<String>,
    round: u32,
}

fn main() {
    let mut g = Game { players: vec!["ann".to_string(), "bo".to_string()], log: vec![], round: 1 };
    for p in &g.players {
        g.log.push(format!("round {} {}", g.round, p));
    }
    let r = &mut g.round;
    let l = &mut g.log;
    *r += 1;
    l.push("next".to_string());
    let first = &mut g.players[0];
    first.push_str("ie");
    g.round += 1;
    println!("{:?} {:?} {}", g.players, g.log, g.round);
}
