#![cfg(not(target_arch = "wasm32"))]
//! The trainer cannot rot: a small training run on a corpus made here (CoNLL format) must learn it,
//! and the model must survive its file format. The shipped model is checked on a plain sentence.

use article_annotator::ner::train::{
    evaluate, finish_all, prepare, read_conll, read_conll_chunked, train, train_with,
};
use article_annotator::ner::{model::Model, recognise};
use article_annotator::segment::Document;
use article_annotator::Label;

/// A tiny CoNLL-style corpus: invented names in a few sentence patterns.
fn corpus(seed: usize, docs: usize) -> String {
    let people =
        ["Anna Kowal", "Boris Tamm", "Carla Nuez", "Dario Flint", "Eva Lund", "Farid Osei"];
    let places = ["Lisbon", "Oslo", "Quito", "Hanoi", "Accra", "Riga"];
    let orgs = ["Norbank", "Velotex", "Aerolux", "Gridmark"];
    let mut out = String::new();
    let mut k = seed;
    let mut next = |n: usize| {
        k = k.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (k >> 33) % n
    };
    for _ in 0..docs {
        out.push_str("-DOCSTART- -X- -X- O\n\n");
        for _ in 0..6 {
            let p = people[next(people.len())];
            let l = places[next(places.len())];
            let o = orgs[next(orgs.len())];
            let (first, last) = p.split_once(' ').unwrap();
            let sentence: Vec<(String, &str)> = match next(3) {
                0 => vec![
                    (first.into(), "B-PER"),
                    (last.into(), "I-PER"),
                    ("said".into(), "O"),
                    ("in".into(), "O"),
                    (l.into(), "B-LOC"),
                    ("that".into(), "O"),
                    (o.into(), "B-ORG"),
                    ("grew".into(), "O"),
                    (".".into(), "O"),
                ],
                1 => vec![
                    ("Shares".into(), "O"),
                    ("of".into(), "O"),
                    (o.into(), "B-ORG"),
                    ("rose".into(), "O"),
                    ("in".into(), "O"),
                    (l.into(), "B-LOC"),
                    (",".into(), "O"),
                    (last.into(), "B-PER"),
                    ("said".into(), "O"),
                    (".".into(), "O"),
                ],
                _ => vec![
                    ("The".into(), "O"),
                    ("mayor".into(), "O"),
                    ("of".into(), "O"),
                    (l.into(), "B-LOC"),
                    ("met".into(), "O"),
                    (first.into(), "B-PER"),
                    (last.into(), "I-PER"),
                    ("of".into(), "O"),
                    (o.into(), "B-ORG"),
                    (".".into(), "O"),
                ],
            };
            for (w, t) in sentence {
                out.push_str(&format!("{w} X X {t}\n"));
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn a_small_training_run_learns_and_its_model_round_trips() {
    let train_docs = read_conll(&corpus(1, 30));
    let test_docs = read_conll(&corpus(2, 10));
    assert_eq!(train_docs.len(), 30);
    let tr: Vec<_> = train_docs.iter().map(prepare).collect();
    let te: Vec<_> = test_docs.iter().map(prepare).collect();
    let p = train(&tr, 4, 7, |_, _| {});
    let m = p.finish();
    let (_, _, f) = evaluate(&te, &m);
    assert!(f > 0.95, "F1 on held-out invented sentences: {f}");
    let again = Model::from_bytes(&m.to_bytes()).unwrap();
    assert_eq!(again.len(), m.len());
    assert_eq!(evaluate(&te, &again).2, f);
    // the same seed gives the same model
    assert_eq!(train(&tr, 4, 7, |_, _| {}).finish().to_bytes(), m.to_bytes());
}

#[test]
fn files_without_document_marks_are_cut_and_weighted_dropout_still_learns() {
    // without -DOCSTART- lines the corpus is cut every 3 sentences (6 per document here)
    let flat: String = corpus(3, 5)
        .lines()
        .filter(|l| !l.starts_with("-DOCSTART-"))
        .map(|l| format!("{l}\n"))
        .collect();
    let docs = read_conll_chunked(&flat, 3);
    assert_eq!(docs.len(), 10);
    assert_eq!(read_conll(&flat).len(), 1);
    let names: usize = docs.iter().map(|d| d.names.len()).sum();
    assert_eq!(names, read_conll(&flat)[0].names.len());
    // a weighted document set with feature dropout still learns, and the seed fixes the result
    let tr: Vec<_> = docs
        .iter()
        .map(|d| {
            let mut x = prepare(d);
            x.weight = 0.5;
            x
        })
        .collect();
    let te_docs = read_conll(&corpus(4, 10));
    let te: Vec<_> = te_docs.iter().map(prepare).collect();
    let m = train_with(&tr, 6, 9, 0.2, |_, _| {}).finish();
    assert!(evaluate(&te, &m).2 > 0.9, "F1 {}", evaluate(&te, &m).2);
    assert_eq!(train_with(&tr, 6, 9, 0.2, |_, _| {}).finish().to_bytes(), m.to_bytes());
    assert_ne!(train_with(&tr, 6, 9, 0.0, |_, _| {}).finish().to_bytes(), m.to_bytes());
}

#[test]
fn bagged_and_pruned_models_still_learn() {
    let (train_docs, test_docs) = (read_conll(&corpus(5, 30)), read_conll(&corpus(6, 10)));
    let tr: Vec<_> = train_docs.iter().map(prepare).collect();
    let te: Vec<_> = test_docs.iter().map(prepare).collect();
    let ps: Vec<_> = (0..3).map(|s| train_with(&tr, 4, 11 + s, 0.1, |_, _| {})).collect();
    // one perceptron, nothing pruned: the same model as finish()
    assert_eq!(finish_all(&ps[..1], 0).to_bytes(), ps[0].finish().to_bytes());
    let full = finish_all(&ps, 0);
    let pruned = finish_all(&ps, 8);
    assert!(pruned.len() < full.len(), "{} features of {}", pruned.len(), full.len());
    assert!(evaluate(&te, &pruned).2 > 0.9, "F1 {}", evaluate(&te, &pruned).2);
}

#[test]
fn the_shipped_model_finds_people_places_and_organisations() {
    let d = Document::new(
        "German Chancellor Angela Merkel met the European Commission in Munich on Tuesday .",
    );
    let found: Vec<(String, Label)> = recognise(&d)
        .into_iter()
        .map(|(r, l)| (d.text[d.tokens[r.start].start..d.tokens[r.end - 1].end].to_string(), l))
        .collect();
    assert!(found.contains(&("Angela Merkel".into(), Label::Person)), "{found:?}");
    assert!(found.contains(&("Munich".into(), Label::Place)), "{found:?}");
    assert!(found.contains(&("European Commission".into(), Label::Org)), "{found:?}");
}
