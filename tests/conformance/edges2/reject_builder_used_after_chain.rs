// E0382: the builder was moved into the chain.
struct Request {
    url: String,
    retries: u32,
}

impl Request {
    fn retries(mut self, n: u32) -> Self {
        self.retries = n;
        self
    }
}

fn main() {
    let base = Request { url: String::from("x"), retries: 0 };
    let r = base.retries(2);
    println!("{} {} {}", r.url, r.retries, base.retries);
}
