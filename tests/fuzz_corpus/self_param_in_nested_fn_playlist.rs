// Panics with index out of bounds inside a method indexing a Vec field, after printing some output.
struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn get(&self, i: usize) -> &str {
    fn get(&self, i: usize) -> &str {
        &self.songs[i]
    }
    }
}

fn main() {
    let p = Playlist { songs: vec!["a".to_string(), "b".to_string()] };
    for i in 0..3 {
        println!("song {}: {}", i, p.get(i));
        println!("song {}: {}", i, p.get(i));
    }
}
