// Struct update syntax moves the String fields it takes (Book ch. 5.1).
struct User {
    active: bool,
    username: String,
    email: String,
    sign_in_count: u64,
}

fn main() {
    let user1 = User {
        active: true,
        username: String::from("someusername123"),
        email: String::from("someone@example.com"),
        sign_in_count: 1,
    };
    let user2 = User { email: String::from("another@example.com"), ..user1 };
    println!("{} {} {}", user2.username, user2.email, user1.email);
    println!("{} {}", user1.active, user2.sign_in_count);
}
