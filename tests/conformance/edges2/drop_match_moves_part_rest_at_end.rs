// A match arm that moves one field out: the rest of the scrutinee drops after the match.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let pair = (D("left"), D("right"));
    match pair {
        (l, _) => println!("took {}", l.0),
    }
    println!("after match");
    let opt = Some((D("x"), D("y")));
    if let Some((_, y)) = opt {
        println!("got {}", y.0);
    }
    println!("end");
}
