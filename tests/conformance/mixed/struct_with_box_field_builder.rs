// Checks a builder-style struct with methods taking and returning self, Option<Box<_>> fields and chained calls.
#[derive(Debug, Clone)]
struct Request {
    url: String,
    method: String,
    headers: Vec<(String, String)>,
    body: Option<Box<String>>,
    retries: u8,
}

impl Request {
    fn new(url: &str) -> Self {
        Request { url: url.to_string(), method: "GET".into(), headers: Vec::new(), body: None, retries: 0 }
    }
    fn method(mut self, m: &str) -> Self {
        self.method = m.to_string();
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
    fn body(mut self, b: &str) -> Self {
        self.body = Some(Box::new(b.to_string()));
        self
    }
    fn describe(&self) -> String {
        let len = self.body.as_ref().map_or(0, |b| b.len());
        format!("{} {} ({} headers, {} bytes, {} retries)", self.method, self.url, self.headers.len(), len, self.retries)
    }
}

fn main() {
    let r = Request::new("/api").method("POST").header("A", "1").header("B", "2").body("{}");
    println!("{}", r.describe());
    let mut r2 = r.clone().method("PUT");
    r2.retries += 3;
    println!("{}", r2.describe());
    println!("{:?}", r.headers);
    println!("{:#?}", Request::new("/x"));
    if let Some(b) = &r.body {
        println!("body {} {}", b, b.len());
    }
}
