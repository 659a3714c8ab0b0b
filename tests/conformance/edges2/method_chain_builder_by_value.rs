// A builder taking and returning `self` by value, chained.
#[derive(Debug)]
struct Request {
    url: String,
    headers: Vec<(String, String)>,
    retries: u32,
}

impl Request {
    fn new(url: &str) -> Self {
        Request { url: url.to_string(), headers: Vec::new(), retries: 0 }
    }

    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }

    fn retries(mut self, n: u32) -> Self {
        self.retries = n;
        self
    }
}

fn main() {
    let r = Request::new("http://x").header("a", "1").header("b", "2").retries(3);
    println!("{:?}", r);
}
