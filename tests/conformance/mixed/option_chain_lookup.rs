// Checks Option chains: map, and_then, unwrap_or, unwrap_or_default, filter, ? in a fn returning Option, and if let.
#[derive(Debug)]
struct User {
    name: String,
    age: Option<u32>,
    email: Option<String>,
}

struct Directory {
    users: Vec<User>,
}

impl Directory {
    fn find(&self, name: &str) -> Option<&User> {
        self.users.iter().find(|u| u.name == name)
    }
}

fn email_domain(u: &User) -> Option<&str> {
    let email = u.email.as_ref()?;
    let at = email.find('@')?;
    Some(&email[at + 1..])
}

fn main() {
    let dir = Directory { users: vec![
        User { name: "ann".to_string(), age: Some(31), email: Some("ann@example.com".to_string()) },
        User { name: "bob".to_string(), age: None, email: Some("bob-at-home".to_string()) },
        User { name: "cy".to_string(), age: Some(17), email: None },
    ] };
    let users = &dir.users;
    for n in ["ann", "bob", "cy", "dee"] {
        let age = dir.find(n).and_then(|u| u.age).unwrap_or(0);
        let domain = dir.find(n).and_then(email_domain).unwrap_or("none");
        let adult = dir.find(n).and_then(|u| u.age).filter(|a| *a >= 18).is_some();
        println!("{:<4}|{:>3}|{:<12}|{}", n, age, domain, adult);
    }
    if let Some(u) = dir.find("bob") {
        println!("{:?}", u);
    }
    let ages: Vec<u32> = users.iter().filter_map(|u| u.age).collect();
    println!("{:?} {}", ages, ages.iter().sum::<u32>());
    let lens = users.iter().map(|u| u.email.as_ref().map(|e| e.len()).unwrap_or_default());
    println!("{:?}", lens.collect::<Vec<usize>>());
}
