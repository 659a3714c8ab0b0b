// Checks a student grade report combining structs, f64 averages, match on ranges and aligned formatting.
struct Student {
    name: String,
    scores: Vec<u32>,
}

fn average(scores: &[u32]) -> f64 {
    let total: u32 = scores.iter().sum();
    total as f64 / scores.len() as f64
}

fn letter(avg: f64) -> char {
    match avg as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        _ => 'F',
    }
}

fn main() {
    let students = vec![
        Student { name: String::from("Ana"), scores: vec![95, 88, 92] },
        Student { name: String::from("Bartholomew"), scores: vec![70, 85] },
        Student { name: String::from("Cy"), scores: vec![50, 65, 61, 70] },
    ];
    println!("{:<12}|{:>7}|{:^5}|", "name", "avg", "grd");
    for s in &students {
        let avg = average(&s.scores);
        println!("{:<12}|{:>7.2}|{:^5}|", s.name, avg, letter(avg));
    }
}
