// E0502: a getter's `&` borrows all of `self`, so another field cannot be changed meanwhile.
struct Game {
    players: Vec<String>,
    round: u32,
}

impl Game {
    fn first(&self) -> &String {
        &self.players[0]
    }
}

fn main() {
    let mut g = Game { players: vec![String::from("ann")], round: 1 };
    let p = g.first();
    g.round += 1;
    println!("{} {}", p, g.round);
}
