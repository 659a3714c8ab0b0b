// An iterator that owns a Vec<String> and has `Drop`: owned items moved out by `next`, items skipped or left over dropped, the iterator dropped after a `for` loop's `break` and at the end of a `zip`.
struct Words {
    name: String,
    words: Vec<String>,
}

impl Drop for Words {
    fn drop(&mut self) {
        println!("drop Words {} with {} left", self.name, self.words.len());
    }
}

impl Iterator for Words {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        if self.words.is_empty() {
            None
        } else {
            Some(self.words.remove(0))
        }
    }
}

fn words(name: &str, list: &[&str]) -> Words {
    Words {
        name: name.to_string(),
        words: list.iter().map(|w| w.to_string()).collect(),
    }
}

fn main() {
    for w in words("a", &["one", "two", "three"]) {
        if w == "two" {
            println!("break at {}", w);
            break;
        }
        println!("got {}", w);
    }
    println!("after the loop");
    let pairs: Vec<(String, String)> = words("left", &["x", "y", "z"])
        .zip(words("right", &["1", "2"]))
        .collect();
    println!("{:?}", pairs);
    let longest = words("b", &["hi", "hello", "hey"]).skip(1).max_by_key(|w| w.len());
    println!("{:?}", longest);
    let mut w = words("c", &["p", "q"]);
    let first = w.next();
    println!("{:?}, {} left", first, w.words.len());
}
