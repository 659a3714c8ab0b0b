// Checks {:#?} pretty printing of nested structs, enums, Vecs, Options, tuples and Strings with escapes.
#[derive(Debug)]
enum Status {
    Active,
    Suspended { reason: String, days: u8 },
    Deleted(Option<u32>),
}

#[derive(Debug)]
struct Tag(String);

#[derive(Debug)]
struct Profile {
    id: u32,
    name: String,
    tags: Vec<Tag>,
    status: Status,
    scores: (i32, f64),
    friends: Vec<u32>,
    note: Option<String>,
}

fn main() {
    let p = Profile {
        id: 7,
        name: "Zoë \"z\"".to_string(),
        tags: vec![Tag("admin".to_string()), Tag("beta\ttester".to_string())],
        status: Status::Suspended { reason: "spam".to_string(), days: 3 },
        scores: (-2, 0.5),
        friends: vec![],
        note: Some("line1\nline2".to_string()),
    };
    println!("{:?}", p);
    println!("{:#?}", p);
    let statuses = [Status::Active, Status::Deleted(None), Status::Deleted(Some(12))];
    println!("{:?}", statuses);
    println!("{:#?}", statuses[2]);
    let empty: Vec<Option<i32>> = Vec::new();
    println!("{:#?} {:?}", empty, Some(Some(())));
    println!("{:?}", ('\'', '"', "'\""));
}
