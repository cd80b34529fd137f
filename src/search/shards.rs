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
//! match that keeps the first two letters as typed; a typo in the first two letters is
//! found only among the shards already loaded.
//!
//! ```
//! use article_explorer::corpus::shards::Lookup;
//! use article_explorer::search::shards::TermTable;
//! let keys = vec![("china".into(), "1-2".into()), ("chinji".into(), "0,4".into())]; // sorted
//! let lookup = Lookup { schema: String::new(), keys };
//! let table = TermTable::new(&lookup);
//! assert_eq!(table.shards_for("chinjy"), [0, 4]);   // one typo
//! assert_eq!(table.shards_for("chin"), [0, 1, 2, 4]); // a prefix of both
//! ```

use super::{words, Index, Kind, Record, Target};
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

    /// The shards holding a word that query word `word` (folded) matches.
    pub fn shards_for(&self, word: &str) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for (t, _) in self.index.matching_terms(word) {
            out = union(&out, &self.shards[t as usize]);
        }
        out
    }
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
/// each word's shards; `table(word)` gives the term table for a word (None: its lookup
/// file is not loaded yet, or the corpus has none for it, which matches nothing).
pub fn shards_for_query<'a>(query: &str, table: impl Fn(&str) -> Option<&'a TermTable>) -> Vec<u32> {
    let mut result: Option<Vec<u32>> = None;
    for word in query_words(query) {
        let found = table(&word).map(|t| t.shards_for(&word)).unwrap_or_default();
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
            // Only queries whose every match keeps the first two letters (the contract).
            let same_group = words
                .iter()
                .all(|w| full.matching_terms(w).iter().all(|&(t, _)| term_key(&full.terms[t as usize]) == term_key(w)));
            if !same_group {
                continue;
            }
            checked += 1;
            let found: HashSet<u32> = shards_for_query(q, table).into_iter().collect();
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
        assert!(shards_for_query("zzyzx", table).is_empty());
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
