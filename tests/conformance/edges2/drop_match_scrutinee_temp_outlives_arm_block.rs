// A scrutinee's temporary outlives the statements of the arm's block (it drops after the match).
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn get(&self) -> i32 {
        self.0
    }
}

fn main() {
    match D(1).get() {
        1 => {
            let _x = D(2);
            println!("arm one");
            println!("still in arm");
        }
        _ => println!("other"),
    }
    println!("after");
    for i in 0..2 {
        match D(10 + i).get() {
            10 => {
                println!("ten");
                continue;
            }
            _ => {
                println!("eleven");
                break;
            }
        }
    }
    let n = match D(20).get() {
        20 => {
            let t = D(21).get();
            t + 1
        }
        _ => 0,
    };
    println!("n {}", n);
}
