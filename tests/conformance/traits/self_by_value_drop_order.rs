// A trait method taking `self` by value consumes the receiver: it is dropped when the method returns.
trait Consume {
    fn finish(self) -> String;
}

struct Job {
    name: String,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("drop job {}", self.name);
    }
}

impl Consume for Job {
    fn finish(self) -> String {
        println!("finishing {}", self.name);
        format!("{} done", self.name)
    }
}

fn main() {
    let a = Job { name: String::from("a") };
    let b = Job { name: String::from("b") };
    let msg = b.finish();
    println!("{}", msg);
    let c = Job { name: String::from("c") };
    println!("end of main, a = {}", a.name);
    let _ = c;
}
