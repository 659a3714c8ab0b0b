// Checks the Book's User struct: field init shorthand, mutation of a mut instance and struct update syntax.
#[derive(Debug)]
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn build_user(email: String, username: String) -> User {
    User { active: true, username, email, sign_in_count: 1 }
}

fn main() {
    let mut user1 = build_user(String::from("a@example.com"), String::from("alpha"));
    user1.sign_in_count += 4;
    user1.email = String::from("alpha@example.com");
    let user2 = User {
        email: String::from("beta@example.com"),
        ..user1
    };
    println!("{} {} {}", user2.username, user2.email, user2.sign_in_count);
    println!("user1 still has email {} and count {}", user1.email, user1.sign_in_count);
    println!("{:?}", user2);
}
