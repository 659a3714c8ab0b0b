// A trait, a struct and its impl declared inside `main`, as learners paste them.
fn main() {
    trait Loud {
        fn shout(&self) -> String;
        fn twice(&self) -> String {
            format!("{} {}", self.shout(), self.shout())
        }
    }

    struct Bell {
        tone: char,
    }

    impl Loud for Bell {
        fn shout(&self) -> String {
            self.tone.to_string().repeat(3)
        }
    }

    let b = Bell { tone: 'd' };
    println!("{}", b.twice());
}
