// Checks a grade report: struct with Vec<u32>, average as f64, letter grades by range match, and aligned table output.
struct Student {
    name: String,
    scores: Vec<u32>,
}

impl Student {
    fn average(&self) -> f64 {
        if self.scores.is_empty() {
            return 0.0;
        }
        let total: u32 = self.scores.iter().sum();
        total as f64 / self.scores.len() as f64
    }

    fn letter(&self) -> char {
        match self.average() as u32 {
            90..=100 => 'A',
            80..=89 => 'B',
            70..=79 => 'C',
            60..=69 => 'D',
            _ => 'F',
        }
    }

    fn best(&self) -> Option<u32> {
        self.scores.iter().copied().max()
    }
}

fn main() {
    let students = vec![
        Student { name: String::from("Alice"), scores: vec![92, 88, 95] },
        Student { name: String::from("Bob"), scores: vec![72, 65, 80, 70] },
        Student { name: String::from("Chen"), scores: vec![] },
        Student { name: String::from("Dana"), scores: vec![59, 61] },
    ];
    println!("{:<8}|{:>7}|{:^5}|{:>4}", "name", "avg", "gr", "max");
    println!("{}", "-".repeat(27));
    for s in &students {
        let best = match s.best() {
            Some(b) => b.to_string(),
            None => "-".to_string(),
        };
        println!("{:<8}|{:>7.2}|{:^5}|{:>4}", s.name, s.average(), s.letter(), best);
    }
    let class_avg: f64 = students.iter().map(|s| s.average()).sum::<f64>() / students.len() as f64;
    println!("class average {:.3}", class_avg);
    let passing: Vec<&String> = students.iter().filter(|s| s.letter() != 'F').map(|s| &s.name).collect();
    println!("{:?}", passing);
}
