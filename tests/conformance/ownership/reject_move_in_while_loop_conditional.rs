// Checks that a move inside an if inside a while loop is rejected with E0382 even if the branch runs once in practice.
fn main() {
    let message = String::from("ping");
    let mut sent = Vec::new();
    let mut i = 0;
    while i < 3 {
        if i == 1 {
            sent.push(message);
        }
        i += 1;
    }
    println!("{:?}", sent);
}
