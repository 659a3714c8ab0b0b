// E0509: destructuring a value whose type implements Drop cannot move its String field out.
struct Ticket {
    code: String,
    seat: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} used", self.code);
    }
}

fn main() {
    let t = Ticket { code: String::from("A1"), seat: 7 };
    let Ticket { code, seat } = t;
    println!("{} {}", code, seat);
}
