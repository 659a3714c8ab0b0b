// Checks that &mut borrows of two different fields of one struct may be held at the same time.
#[derive(Debug)]
struct Player {
    score: u32,
    lives: u32,
    name: String,
}

fn bump(a: &mut u32, b: &mut u32) {
    *a += 10;
    *b -= 1;
}

fn main() {
    let mut p = Player { score: 0, lives: 3, name: String::from("ann") };
    let score = &mut p.score;
    let lives = &mut p.lives;
    *score += 5;
    *lives += 1;
    bump(&mut p.score, &mut p.lives);
    let name = &p.name;
    p.score += name.len() as u32;
    println!("{:?}", p);
    let mut t = (1, 2);
    let (a, b) = (&mut t.0, &mut t.1);
    std::mem::swap(a, b);
    println!("{:?}", t);
}
