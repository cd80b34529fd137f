//! Which time shards of a sharded corpus a query needs (as Pagefind fetches only the
//! index chunks holding a query's words).
//!
//! At build time [`vocabulary`] gives each shard's words exactly as its search index
//! holds them (articles, quotes, speakers, entities; folded); the writer files them in
//! term lookups grouped by their first two letters ([`crate::corpus::shards::term_key`]).
//! At query time a [`TermTable`] over one lookup file matches a query word against its
//! words with the search's own rules (exact, prefix, typos), so the shards it names are
//! those whose index would match the word. A query needs, per word, the lookup file of
//! its first two letters: every exact and prefix match is there, and so is every typo
//! match that keeps the first two letters as typed. For a typo in the first two letters,
//! each word of 4+ letters is also named, without its shards, in the groups of the
//! words it becomes with its first or second letter deleted ([`typo_keys`]: "president"
//! in "re" and "pe"); a query word of [`TYPO_MIN`]+ letters also reads the files of its
//! own such groups ([`needed_words`]): a deleted, inserted, changed or swapped letter
//! among the first two leaves one of these groups in common ("rpesident" deletes to
//! "pesident", in "pe"; "resident" is in "re"). A word found there is then looked up in
//! its own group for its shards ([`needed_words`] names it once its pointer is loaded).
//! This holds when any second typo (words of 9+ letters allow two) comes after the third
//! letter.
//!
//! ```
//! use article_explorer::corpus::shards::Lookup;
//! use article_explorer::search::shards::TermTable;
//! let keys = vec![("china".into(), "1-2".into()), ("chinji".into(), "0,4".into())]; // sorted
//! let lookup = Lookup { schema: String::new(), keys };
//! let table = TermTable::new(&lookup);
//! assert_eq!(table.shards_for("chinjy"), [0, 4]);   // one typo
//! assert_eq!(table.shards_for("chin"), [0, 1, 2, 4]); // a prefix of both
//! assert_eq!(article_explorer::search::shards::typo_keys("chinji"), ["hi", "ci"]);
//! ```

use super::{words, Index, Kind, Record, Target, TYPO_MIN};
use crate::corpus::shards::Lookup;
use crate::view::corpus::Corpus;

/// The distinct search words of a corpus, sorted: the vocabulary of
/// [`Index::from_corpus`].
pub fn vocabulary(corpus: &Corpus) -> Vec<String> {
    Index::from_corpus(corpus).terms.iter().map(|t| t.to_string()).collect()
}

/// One term lookup file, ready to match query words.
#[derive(Debug)]
pub struct TermTable {
    /// Its words, as a search index (one record per word), for the matching rules.
    index: Index,
    /// Per vocabulary word (sorted, as the index holds them): the shards.
    shards: Vec<Vec<u32>>,
}

impl TermTable {
    /// Builds the table of a lookup file. A word whose shard list cannot be read counts
    /// as held by no shard.
    pub fn new(lookup: &Lookup) -> TermTable {
        let mut index = Index::default();
        for (word, _) in &lookup.keys {
            index.add(Record {
                kind: Kind::Article,
                title: word.clone(),
                body: String::new(),
                target: Target::default(),
                quoted: false,
            });
        }
        index.finish();
        let shards = index.terms.iter().map(|t| lookup.get(t).and_then(Result::ok).unwrap_or_default()).collect();
        TermTable { index, shards }
    }

    /// The shards holding a word that query word `word` (folded) matches (words named
    /// here only as typo pointers count in their own group: [`shards_for_query`]).
    pub fn shards_for(&self, word: &str) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for (t, _) in self.index.matching_terms(word) {
            out = union(&out, &self.shards[t as usize]);
        }
        out
    }
}

/// The groups ([`crate::corpus::shards::term_key`]) of the words `word` becomes with its
/// first or its second letter deleted: where the term lookups also name it, and where a
/// query word with a typo in its first two letters looks. (One may be its own group, or
/// both the same: a lookup file names a word once, and a query reads a file once.)
pub fn typo_keys(word: &str) -> Vec<String> {
    let mut at = word.char_indices().map(|(i, _)| i).skip(1);
    let (Some(i1), Some(i2)) = (at.next(), at.next()) else { return Vec::new() };
    let i3 = at.next().unwrap_or(word.len());
    vec![word[i1..i3].to_string(), word[..i1].to_string() + &word[i2..i3]]
}

/// The words whose groups query word `word` reads: its [`typo_keys`] when it has
/// [`TYPO_MIN`]+ letters, and itself.
fn search_keys(word: &str) -> Vec<String> {
    let mut keys = if word.chars().nth(TYPO_MIN - 1).is_some() { typo_keys(word) } else { Vec::new() };
    keys.push(word.to_string());
    keys
}

/// The shards holding what query word `word` matches in the loaded tables
/// (`table(word)`: the table of that word's group) of its groups, a typo pointer's in its
/// own group; the pointed-to words whose group is not loaded go to `missing`.
fn word_shards<'a>(word: &str, table: &dyn Fn(&str) -> Option<&'a TermTable>, missing: &mut Vec<String>) -> Vec<u32> {
    let mut found: Vec<u32> = Vec::new();
    let mut seen: Vec<&TermTable> = Vec::new();
    for key in search_keys(word) {
        let Some(t) = table(&key) else { continue };
        if seen.iter().any(|o| std::ptr::eq(*o, t)) {
            continue;
        }
        seen.push(t);
        for (i, _) in t.index.matching_terms(word) {
            let (held, shards) = (&*t.index.terms[i as usize], &t.shards[i as usize]);
            if !shards.is_empty() {
                found = union(&found, shards);
            } else if let Some(own) = table(held) {
                let at = own.index.terms.binary_search_by(|w| (**w).cmp(held));
                found = union(&found, at.map_or(&[], |j| &own.shards[j]));
            } else {
                missing.push(held.to_string());
            }
        }
    }
    found
}

/// Every word whose term lookup file the query needs, given the files loaded so far
/// (`table(word)`: the table of that word's group, if loaded): its words' groups and
/// typo groups, then the own groups of the words those name as typo pointers.
pub fn needed_words<'a>(query: &str, table: &dyn Fn(&str) -> Option<&'a TermTable>) -> Vec<String> {
    let mut out = Vec::new();
    for word in query_words(query) {
        out.extend(search_keys(&word));
        word_shards(&word, table, &mut out);
    }
    out
}

/// The union of two ascending lists (a merge: no set type, no sort in the wasm).
fn union(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x == y => {
                i += 1;
                j += 1;
                x
            }
            (Some(&x), Some(&y)) if x < y => {
                i += 1;
                x
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        out.push(next);
    }
    out
}

/// The folded words of a query, as the search splits them.
pub fn query_words(query: &str) -> Vec<String> {
    words(query).into_iter().map(|w| w.2).collect()
}

/// The shards that may hold results for all of `query`'s words: the intersection of
/// each word's shards; `table(word)` gives the term table for a word's group (None: its
/// lookup file is not loaded yet, or the corpus has none for it, which matches nothing).
/// Load the files of [`needed_words`] first.
pub fn shards_for_query<'a>(query: &str, table: &dyn Fn(&str) -> Option<&'a TermTable>) -> Vec<u32> {
    let mut result: Option<Vec<u32>> = None;
    for word in query_words(query) {
        let found = word_shards(&word, table, &mut Vec::new());
        result = Some(match result {
            None => found,
            Some(r) => r.into_iter().filter(|s| found.binary_search(s).is_ok()).collect(),
        });
    }
    result.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};
    use std::path::Path;

    use super::*;
    use crate::corpus::shard_writer::testing::{articles, bundle_file, temp_dir};
    use crate::corpus::shard_writer::{write_shards, ShardOptions};
    use crate::corpus::shards::{term_key, ShardIndex};
    use crate::corpus::Bundle;

    fn read(dir: &Path, file: &str) -> String {
        std::fs::read_to_string(dir.join(file)).unwrap()
    }

    /// Every article a full search of the whole corpus finds, through words whose first
    /// two letters are the query word's, is in a shard the lookup names (speaker records
    /// are left out: they count quotes over the articles loaded).
    #[test]
    fn the_term_lookup_finds_every_article_a_full_search_finds() {
        let tmp = temp_dir("lookup");
        let all = articles(40);
        let input = bundle_file(&tmp, "corpus.json", all.clone());
        let out = tmp.join("sharded");
        write_shards(&[input], &out, &ShardOptions { shard_size: 3 }, |_, _| {}).unwrap();
        let index = ShardIndex::parse(&read(&out, "index.json")).unwrap();
        let mut shard_of: HashMap<String, u32> = HashMap::new();
        for (n, s) in index.shards.iter().enumerate() {
            for a in Bundle::parse(&read(&out, &s.file)).unwrap().0.articles {
                shard_of.insert(a.id, n as u32);
            }
        }
        let tables: HashMap<String, TermTable> = index
            .terms
            .iter()
            .map(|l| (l.file.clone(), TermTable::new(&Lookup::parse(&read(&out, &l.file), &l.file).unwrap())))
            .collect();
        let table = |w: &str| index.term_file(w).and_then(|f| tables.get(f));

        let corpus = Corpus::from_bundle(Bundle::new(all));
        let full = Index::from_corpus(&corpus);
        // Queries: every word, its prefixes of 2–4 letters, a typo after the second
        // letter, and pairs of words.
        let vocabulary: Vec<String> = full.terms.iter().map(|t| t.to_string()).collect();
        let mut queries: Vec<String> = Vec::new();
        for w in &vocabulary {
            queries.push(w.clone());
            let chars: Vec<char> = w.chars().collect();
            for n in 2..chars.len().min(5) {
                queries.push(chars[..n].iter().collect());
            }
            if chars.len() >= 6 {
                let mut typo = chars.clone();
                typo[3] = if typo[3] == 'x' { 'y' } else { 'x' };
                queries.push(typo.into_iter().collect());
            }
        }
        for pair in vocabulary.chunks(2).filter(|p| p.len() == 2) {
            queries.push(format!("{} {}", pair[0], pair[1]));
        }
        let (mut checked, mut hits_checked) = (0, 0);
        for q in &queries {
            let words = query_words(q);
            // Only queries whose every match keeps the first two letters or shares a typo
            // group with the query word (the contract).
            let shares = |q: &str, w: &str| {
                let mut ours = typo_keys(q);
                ours.push(term_key(q).to_string());
                let mut theirs = typo_keys(w);
                theirs.push(term_key(w).to_string());
                term_key(q) == term_key(w) || (q.chars().count() >= TYPO_MIN && ours.iter().any(|k| theirs.contains(k)))
            };
            let covered =
                words.iter().all(|w| full.matching_terms(w).iter().all(|&(t, _)| shares(w, &full.terms[t as usize])));
            if !covered {
                continue;
            }
            checked += 1;
            let found: HashSet<u32> = shards_for_query(q, &table).into_iter().collect();
            for hit in full.search_corpus(&corpus, q, usize::MAX) {
                let record = full.record(hit.record);
                if record.kind == Kind::Speaker {
                    continue;
                }
                let id = &corpus.articles[record.target.article.unwrap()].id;
                assert!(found.contains(&shard_of[id]), "{q:?}: {id} (shard {}) not in {found:?}", shard_of[id]);
                hits_checked += 1;
            }
        }
        assert!(checked * 10 >= queries.len() * 8, "only {checked} of {} queries checked", queries.len());
        assert!(hits_checked > 1000, "{hits_checked}");
        // A word no article holds needs no shard.
        assert!(shards_for_query("zzyzx", &table).is_empty());

        // A typo in the first two letters: every shard holding the word is named, once
        // the files `needed_words` names are loaded (in two rounds: the query's groups,
        // then the pointed-to word's own group).
        let own_shards = |w: &str| -> Vec<u32> {
            let file = index.term_file(w).unwrap();
            Lookup::parse(&read(&out, file), file).unwrap().get(w).unwrap().unwrap()
        };
        let (mut typos_checked, mut across_files) = (0, 0);
        for w in vocabulary.iter().filter(|w| w.is_ascii() && w.len() >= 6) {
            let b = w.as_bytes();
            let other = |c: u8| if c == b'q' { "z" } else { "q" };
            let typos = [
                format!("{}{}", other(b[0]), &w[1..]),                    // first letter changed
                format!("{}{}{}", &w[..1], other(b[1]), &w[2..]),         // second letter changed
                format!("{}{}{}", &w[1..2], &w[..1], &w[2..]),            // first two swapped
                format!("{}{}{}", &w[..1], &w[2..3], &w[1..2]) + &w[3..], // second and third swapped
                w[1..].to_string(),                                       // first letter left out
                format!("{}{}", &w[..1], &w[2..]),                        // second left out
                format!("q{w}"),                                          // a letter before
                format!("{}q{}", &w[..1], &w[1..]),                       // a letter after the first
            ];
            for q in typos {
                if !full.matching_terms(&q).iter().any(|&(t, _)| *full.terms[t as usize] == **w) {
                    continue; // the search itself does not match it (too short for a typo)
                }
                typos_checked += 1;
                let mut loaded: HashSet<String> = HashSet::new();
                for _round in 0..3 {
                    let partial =
                        |x: &str| index.term_file(x).filter(|f| loaded.contains(*f)).and_then(|f| tables.get(f));
                    let more: Vec<String> = needed_words(&q, &partial)
                        .iter()
                        .filter_map(|x| index.term_file(x))
                        .filter(|f| !loaded.contains(*f))
                        .map(String::from)
                        .collect();
                    if more.is_empty() {
                        break;
                    }
                    loaded.extend(more);
                }
                let partial = |x: &str| index.term_file(x).filter(|f| loaded.contains(*f)).and_then(|f| tables.get(f));
                let found = shards_for_query(&q, &partial);
                for s in own_shards(w) {
                    assert!(found.contains(&s), "{q:?} for {w:?}: shard {s} not in {found:?}");
                }
                across_files += usize::from(index.term_file(&q) != index.term_file(w));
            }
        }
        assert!(typos_checked > 300, "{typos_checked}");
        assert!(across_files > 100, "{across_files}");
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
