// A panic inside a method reached through Box<dyn Trait> unwinds and drops the boxes (their concrete Drop runs) after the message.
trait Job {
    fn run(&self) -> u32;
}

struct Ok1;
struct Fails {
    code: u32,
}

impl Job for Ok1 {
    fn run(&self) -> u32 {
        1
    }
}

impl Job for Fails {
    fn run(&self) -> u32 {
        if self.code > 2 {
            panic!("job failed with code {}", self.code);
        }
        self.code
    }
}

impl Drop for Fails {
    fn drop(&mut self) {
        println!("drop job {}", self.code);
    }
}

fn main() {
    let jobs: Vec<Box<dyn Job>> = vec![Box::new(Ok1), Box::new(Fails { code: 2 }), Box::new(Fails { code: 7 })];
    let mut total = 0;
    for job in jobs.iter() {
        total += job.run();
        println!("total {}", total);
    }
}
