// Checks a Vec of (department, name) String tuples sorted and grouped without a HashMap (Book ch. 8 exercise).
fn main() {
    let commands = ["Add Sally to Engineering", "Add Amir to Sales", "Add Bob to Engineering", "Add Zoe to Sales", "Add Al to Art"];
    let mut roster: Vec<(String, String)> = Vec::new();
    for cmd in commands {
        let mut words = Vec::new();
        for w in cmd.split_whitespace() {
            words.push(w);
        }
    }
    roster.sort();
    let mut current = String::new();
    for (dept, name) in &roster {
        if *dept != current {
            println!("{dept}:");
            current = dept.clone();
        }
        println!("  {name}");
    }
}
