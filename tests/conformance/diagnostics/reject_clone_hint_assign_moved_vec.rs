// E0382: a Vec moved by a later assignment `saved = scores;`; the clone help points at the assignment.
fn main() {
    let scores = vec![10, 20, 30];
    let saved;
    saved = scores;
    println!("{:?} {:?}", scores, saved);
}
