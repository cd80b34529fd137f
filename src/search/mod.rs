//! Search over articles, quotes, speakers and entities: ranked, prefix-matching,
//! typo-tolerant on longer words, with the matched words marked for highlighting.
//!
//! The index is built in memory when the corpus loads. Each record is tokenized into
//! lowercase, accent-folded words; the vocabulary is a sorted list of distinct words,
//! each with a posting list of the records it occurs in (one `u32` per record and word:
//! record id, whether the word is in the title, how often it occurs up to 7). Sorted
//! words make prefixes a binary search; a 64-bit letter mask per word rules out most
//! words before an edit distance is computed. Word positions are not stored: the marks
//! are found again, after ranking, in the few titles and snippets shown. Article bodies
//! are not copied into the index either ([`Index::from_corpus`] reads them from the
//! corpus, [`Index::search_corpus`] snippets them from it). A query word matches a
//! vocabulary word
//!
//! - exactly (weight 1.0),
//! - as a prefix, so results come as you type (0.8, for query words of 2+ letters),
//! - with one typo for words of [`TYPO_MIN`]..9 letters, two from 9 letters (0.6),
//! - as a prefix with one typo, the first letter as typed (0.5: "zapporiz").
//!
//! Every query word must match. A record's score sums, per query word, its best match
//! times the field weight (names and titles count more than bodies), times a small
//! weight per kind so a speaker or entity named exactly ranks above passing mentions.
//!
//! ```
//! use article_explorer::search::{Index, Kind, Record, Target};
//! let mut index = Index::default();
//! index.add(Record {
//!     kind: Kind::Speaker,
//!     title: "Heio Chinji".into(),
//!     body: String::new(),
//!     target: Target::default(),
//!     quoted: false,
//! });
//! index.finish();
//! let hits = index.search("chinjy", 10); // one typo, 6 letters
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].title_marks, [(5, 11)]);
//! ```

pub mod shards;

use std::collections::{HashMap, HashSet};

use crate::view::corpus::{speaker_name, Corpus};
use crate::view::reader::entity_kind_label;

/// Shortest query word (in letters) that tolerates a typo.
pub const TYPO_MIN: usize = 5;
/// Characters of body text shown around the first match.
pub const SNIPPET_CHARS: usize = 180;

/// What a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A person quoted.
    Speaker,
    /// A person, organisation or place named.
    Entity,
    /// A quotation.
    Quote,
    /// A whole article.
    Article,
}

impl Kind {
    /// Ranking weight: an exact name beats a passing mention.
    fn weight(self) -> f64 {
        match self {
            Kind::Speaker => 1.3,
            Kind::Entity => 1.2,
            Kind::Quote => 1.1,
            Kind::Article => 1.0,
        }
    }

    /// Label for result lists.
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Speaker => "Speaker",
            Kind::Entity => "Entity",
            Kind::Quote => "Quote",
            Kind::Article => "Article",
        }
    }
}

/// Where a result leads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Target {
    /// Article index.
    pub article: Option<usize>,
    /// Sentence index in that article.
    pub sentence: Option<usize>,
    /// Quote index in that article.
    pub quote: Option<usize>,
    /// Speaker or entity name.
    pub name: Option<String>,
}

/// One searchable thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Kind.
    pub kind: Kind,
    /// Name, headline or quote text (weighs more).
    pub title: String,
    /// Further text (quote's speaker and source, aliases). Empty for an article
    /// indexed with [`Index::add_with_body`]: its body stays with the caller.
    pub body: String,
    /// Where it leads.
    pub target: Target,
    /// For quotes: whether they are the speaker's own words (shown in quote marks).
    pub quoted: bool,
}

/// A posting's flags: in-title << 3 | occurrences (capped at 7).
const IN_TITLE: u32 = 8;
const TF_MASK: u32 = 7;
/// Bytes of body text per block of a posting's first-occurrence hint: a snippet's scan
/// for the first matched word starts at most this far before it.
const BLOCK: usize = 64;

/// A word's postings, by record id, compressed: per record one LEB128 varint of
/// `(record id − previous record id) << 4 | flags` (the first counts from −1), so the
/// flags sit in the low bits of the posting's first byte, then one varint of the block
/// ([`BLOCK`] bytes) of the body where the word first occurs, plus one (0: only in the
/// title); mostly two bytes each.
#[derive(Clone, Debug, Default)]
struct Postings {
    bytes: Vec<u8>,
    /// Last record id + 1 (0: none yet), where its posting starts and where its block is.
    last: u32,
    at: u32,
    block_at: u32,
}

fn put_varint(bytes: &mut Vec<u8>, mut v: u32) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            bytes.push(byte);
            return;
        }
        bytes.push(byte | 0x80);
    }
}

impl Postings {
    /// Counts one occurrence of the word in `record` (records come in order, and each
    /// record's title before its body): in its title (`body_at` None) or in its body at
    /// byte `body_at`.
    fn push(&mut self, record: u32, body_at: Option<usize>) {
        let block = body_at.map_or(0, |o| (o / BLOCK) as u32 + 1);
        if self.last != record + 1 {
            let flags = if body_at.is_none() { IN_TITLE } else { 0 } | 1;
            self.push_posting(record, flags, block);
            return;
        }
        let b = &mut self.bytes[self.at as usize];
        if body_at.is_none() {
            *b |= IN_TITLE as u8;
        }
        if u32::from(*b) & TF_MASK < TF_MASK {
            *b += 1;
        }
        // The first body occurrence (the title's come first) sets the block.
        if block != 0 && self.bytes[self.block_at as usize] == 0 {
            self.bytes.truncate(self.block_at as usize);
            put_varint(&mut self.bytes, block);
        }
    }

    /// Appends a whole posting (`record` after every record held).
    fn push_posting(&mut self, record: u32, flags: u32, block: u32) {
        self.at = self.bytes.len() as u32;
        put_varint(&mut self.bytes, (record + 1 - self.last) << 4 | flags);
        self.last = record + 1;
        self.block_at = self.bytes.len() as u32;
        put_varint(&mut self.bytes, block);
    }

    /// (record id, flags, block) in order.
    fn iter(bytes: &[u8]) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        let (mut i, mut record) = (0, 0u32);
        std::iter::from_fn(move || {
            if i >= bytes.len() {
                return None;
            }
            let v = varint(bytes, &mut i);
            let block = varint(bytes, &mut i);
            record += v >> 4;
            Some((record - 1, v & 15, block))
        })
    }
}

/// A record's running score while a query's postings are read.
#[derive(Clone, Copy)]
struct Acc {
    total: f32,
    best: f32,
    first: u32,
    repeats: u16,
    count: u8,
}

/// Reads the LEB128 varint at `bytes[*i..]` and moves `i` past it (a truncated one ends
/// at the end of `bytes`).
#[inline]
fn varint(bytes: &[u8], i: &mut usize) -> u32 {
    let (mut v, mut shift) = (0u32, 0);
    while let Some(&b) = bytes.get(*i) {
        *i += 1;
        v |= u32::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    v
}

/// The search index.
#[derive(Clone, Debug, Default)]
pub struct Index {
    records: Vec<Record>,
    /// Per record, for ranking without touching the records: its kind's weight, its
    /// title's focus factor and its kind (for ties).
    rank: Vec<(f64, f64, Kind)>,
    /// Distinct words, sorted.
    terms: Vec<Box<str>>,
    /// Per word: letter mask and letter-pair mask ([`masks`]), length in characters
    /// (capped at 255).
    masks: Vec<u64>,
    pairs: Vec<u64>,
    lens: Vec<u8>,
    /// Word ids by length: those of `n` characters are `by_len[len_at[n]..len_at[n + 1]]`.
    by_len: Vec<u32>,
    len_at: Vec<u32>,
    /// Word `i`'s postings, by record id (one exact-size allocation per word: no
    /// second copy of them all while building).
    postings: Vec<Box<[u8]>>,
    /// Words added since the last [`Index::finish`].
    pending: HashMap<Box<str>, Postings>,
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index of the record ([`Index::record`]).
    pub record: usize,
    /// Score (higher is better).
    pub score: f64,
    /// Byte spans of matched words in the title.
    pub title_marks: Vec<(usize, usize)>,
    /// An excerpt of the body around the first match (the whole body when short).
    pub snippet: String,
    /// Byte spans of matched words in the snippet.
    pub snippet_marks: Vec<(usize, usize)>,
}

impl Index {
    /// Indexes a corpus: one record per article, quote, speaker and entity. Article
    /// bodies are indexed but not copied: search with [`Index::search_corpus`].
    pub fn from_corpus(corpus: &Corpus) -> Index {
        let mut index = Index::default();
        let mut speakers: Vec<(String, usize, usize, usize)> = Vec::new();
        let mut speaker_at: HashMap<String, usize> = HashMap::new();
        let mut entities: HashSet<&str> = HashSet::new();
        for (ai, doc) in corpus.articles.iter().enumerate() {
            let article = Some(ai);
            index.add_with_body(
                Record {
                    kind: Kind::Article,
                    title: doc.title.clone(),
                    body: String::new(),
                    target: Target { article, ..Target::default() },
                    quoted: false,
                },
                &doc.text,
            );
            for (qi, q) in doc.analysis.quotes.iter().enumerate() {
                let name = speaker_name(q);
                index.add(Record {
                    kind: Kind::Quote,
                    title: q.text.clone(),
                    body: format!("{name} · {}", doc.title),
                    target: Target { article, sentence: Some(q.sentence), quote: Some(qi), name: Some(name.into()) },
                    quoted: q.kind != crate::model::QuoteKind::Indirect,
                });
                match speaker_at.get(name) {
                    Some(&i) => speakers[i].1 += 1,
                    None => {
                        speaker_at.insert(name.to_string(), speakers.len());
                        speakers.push((name.into(), 1, ai, qi));
                    }
                }
            }
            for e in &doc.analysis.entities {
                if !entities.insert(&e.name) {
                    continue;
                }
                let mut body = entity_kind_label(e.kind).to_string();
                if !e.aliases.is_empty() {
                    body.push_str(" · also ");
                    body.push_str(&e.aliases.join(", "));
                }
                index.add(Record {
                    kind: Kind::Entity,
                    title: e.name.clone(),
                    body,
                    target: Target { article, name: Some(e.name.clone()), ..Target::default() },
                    quoted: false,
                });
            }
        }
        for (name, count, ai, qi) in speakers {
            let plural = if count == 1 { "" } else { "s" };
            index.add(Record {
                kind: Kind::Speaker,
                title: name.clone(),
                body: format!("{count} quote{plural}"),
                target: Target { article: Some(ai), quote: Some(qi), name: Some(name), ..Target::default() },
                quoted: false,
            });
        }
        index.finish();
        index
    }

    /// Adds a record, indexing its title and body. Call [`Index::finish`] before searching.
    pub fn add(&mut self, record: Record) {
        let body = record.body.clone();
        self.add_with_body(record, &body);
    }

    /// Adds a record, indexing its title and `body` (kept by the caller, who passes it
    /// back to [`Index::search_with`] for snippets; `record.body` is stored as is).
    pub fn add_with_body(&mut self, record: Record, body: &str) {
        let id = self.records.len() as u32;
        assert!(id < 1 << 28, "search index: too many records");
        let mut buf = String::new();
        for (title, text) in [(true, record.title.as_str()), (false, body)] {
            for_each_word(text, &mut buf, |at, _, word| {
                let list = match self.pending.get_mut(word) {
                    Some(list) => list,
                    None => self.pending.entry(word.into()).or_default(),
                };
                list.push(id, (!title).then_some(at));
                true
            });
        }
        // A little for short (focused) titles.
        let focus = 1.0 / (1.0 + record.title.len() as f64 / 200.0);
        self.rank.push((record.kind.weight(), focus, record.kind));
        self.records.push(record);
    }

    /// Merges the words added since the last call into the sorted vocabulary.
    pub fn finish(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.terms).into_iter().zip(std::mem::take(&mut self.postings));
        let mut lists: Vec<(Box<str>, Vec<u8>)> = old.map(|(t, p)| (t, p.into_vec())).collect();
        lists.extend(std::mem::take(&mut self.pending).into_iter().map(|(t, p)| (t, p.bytes)));
        // Stable: of equal words, the older postings (lower record ids) come first.
        crate::view::sort_by(&mut lists, |a, b| a.0.cmp(&b.0));
        let mut merged: Vec<(Box<str>, Vec<u8>)> = Vec::with_capacity(lists.len());
        for (term, list) in lists {
            match merged.last_mut() {
                Some(last) if last.0 == term => {
                    // The older postings hold lower record ids.
                    let mut joined = Postings::default();
                    for (r, flags, block) in Postings::iter(&last.1).chain(Postings::iter(&list)) {
                        joined.push_posting(r, flags, block);
                    }
                    last.1 = joined.bytes;
                }
                _ => merged.push((term, list)),
            }
        }
        self.terms = Vec::with_capacity(merged.len());
        self.masks = Vec::with_capacity(merged.len());
        self.pairs = Vec::with_capacity(merged.len());
        self.lens = Vec::with_capacity(merged.len());
        self.postings = Vec::with_capacity(merged.len());
        for (term, list) in merged {
            let (letters, pairs) = masks(&term);
            self.masks.push(letters);
            self.pairs.push(pairs);
            self.lens.push(term.chars().count().min(255) as u8);
            self.terms.push(term);
            self.postings.push(list.into_boxed_slice());
        }
        self.by_len = (0..self.terms.len() as u32).collect();
        let lens = &self.lens;
        crate::view::sort_by(&mut self.by_len, |&a, &b| lens[a as usize].cmp(&lens[b as usize]));
        self.len_at = (0..=256)
            .map(|n| self.by_len.partition_point(|&i| usize::from(self.lens[i as usize]) < n) as u32)
            .collect();
        self.pending = HashMap::new();
    }

    /// A record by index.
    pub fn record(&self, i: usize) -> &Record {
        &self.records[i]
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Bytes held by the vocabulary and postings (not the records): for the benchmark.
    pub fn index_bytes(&self) -> usize {
        self.terms.iter().map(|t| t.len() + 16).sum::<usize>()
            + self.masks.len() * 16
            + self.lens.len()
            + self.by_len.len() * 4
            + self.postings.iter().map(|p| 8 + p.len()).sum::<usize>()
    }

    /// The best `limit` records for `query`, best first, snippets from `record.body`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.search_with(query, limit, |_, r| &r.body)
    }

    /// [`Index::search`] over an index built by [`Index::from_corpus`]: article
    /// snippets come from the corpus.
    pub fn search_corpus(&self, corpus: &Corpus, query: &str, limit: usize) -> Vec<Hit> {
        self.search_with(query, limit, |_, r| match (r.kind, r.target.article) {
            (Kind::Article, Some(a)) if r.body.is_empty() => corpus.articles.get(a).map_or("", |d| d.text.as_str()),
            _ => &r.body,
        })
    }

    /// The best `limit` records for `query`, best first; `body(i, record)` gives the body
    /// text of record `i` for its snippet.
    pub fn search_with<'a>(
        &'a self,
        query: &str,
        limit: usize,
        body: impl Fn(usize, &'a Record) -> &'a str,
    ) -> Vec<Hit> {
        if !self.pending.is_empty() {
            // Records added without `finish`: search a finished copy (slow, but right).
            let mut copy = self.clone();
            copy.finish();
            return copy.search_finished(query, limit, &|i| body(i, &self.records[i]));
        }
        self.search_finished(query, limit, &|i| body(i, &self.records[i]))
    }

    fn search_finished<'a>(&self, query: &str, limit: usize, body: &dyn Fn(usize) -> &'a str) -> Vec<Hit> {
        let terms: Vec<String> = words(query).into_iter().map(|w| w.2).collect();
        if terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Per query word: the vocabulary words it matches, with their weights.
        let matches: Vec<Vec<(u32, f32)>> = terms.iter().map(|t| self.matching_terms(t)).collect();
        if matches.iter().any(Vec::is_empty) {
            return Vec::new();
        }
        let n = self.records.len();
        // Per record, side by side (one cache line per posting read): the score so far,
        // its best match for the current query word, the first body block holding a
        // matched word (MAX: none; where its snippet's scan starts), the occurrences of
        // matched words and how many query words it matched.
        let mut acc = vec![Acc { total: 0.0, best: 0.0, first: u32::MAX, repeats: 0, count: 0 }; n];
        let mut touched: Vec<u32> = Vec::new();
        for (ti, found) in matches.iter().enumerate() {
            touched.clear();
            for &(t, w) in found {
                let bytes = &self.postings[t as usize];
                let (mut i, mut record) = (0, 0u32);
                while i < bytes.len() {
                    let v = varint(bytes, &mut i);
                    let block = varint(bytes, &mut i);
                    record += v >> 4;
                    let a = &mut acc[record as usize - 1];
                    if usize::from(a.count) != ti {
                        continue;
                    }
                    let s = if v & IN_TITLE != 0 { w * 3.0 } else { w };
                    if a.best == 0.0 {
                        touched.push(record - 1);
                    }
                    a.best = a.best.max(s);
                    a.repeats = a.repeats.saturating_add((v & TF_MASK) as u16);
                    a.first = a.first.min(block.wrapping_sub(1));
                }
            }
            for &r in &touched {
                let a = &mut acc[r as usize];
                a.total += a.best;
                a.best = 0.0;
                a.count = a.count.saturating_add(1);
            }
        }
        // `touched` now holds the records every query word matched.
        // ln(1 + repeats), remembered for the small counts most records have.
        let mut ln = [f64::NAN; 64];
        let mut ln_1p = |x: u16| match ln.get_mut(usize::from(x)) {
            Some(v) if !v.is_nan() => *v,
            Some(v) => {
                *v = f64::from(x).ln_1p();
                *v
            }
            None => f64::from(x).ln_1p(),
        };
        let rank = &self.rank;
        let order = |a: &(f64, u32), b: &(f64, u32)| {
            b.0.total_cmp(&a.0).then_with(|| rank[a.1 as usize].2.cmp(&rank[b.1 as usize].2).then(a.1.cmp(&b.1)))
        };
        // The best `limit` (a strict total order: ties go by kind, then id): candidates
        // are gathered up to twice the limit, then cut to the best `limit`, whose worst
        // is the bar the rest must pass, so a common word's thousands of matches are
        // scored but never all held or sorted.
        let keep = limit.saturating_mul(2);
        let mut ranked: Vec<(f64, u32)> = Vec::with_capacity(touched.len().min(keep));
        let mut bar: Option<(f64, u32)> = None;
        for &r in &touched {
            let (weight, focus, _) = rank[r as usize];
            // A little for repeated mentions.
            let a = &acc[r as usize];
            let extra = ln_1p(a.repeats) * 0.1;
            let hit = ((f64::from(a.total) + extra) * weight * focus, r);
            if bar.is_some_and(|b| order(&hit, &b).is_gt()) {
                continue;
            }
            ranked.push(hit);
            if ranked.len() >= keep {
                // (The app's one sort instance: `select_nth_unstable_by` would cost its
                // wasm about 1 KB gzip, and sorting twice the limit is as quick here.)
                crate::view::sort_by(&mut ranked, order);
                ranked.truncate(limit);
                bar = Some(ranked[limit - 1]);
            }
        }
        crate::view::sort_by(&mut ranked, order);
        ranked.truncate(limit);
        let marked = Marker::new(matches.iter().flatten().map(|&(t, _)| &*self.terms[t as usize]));
        let mut buf = String::new();
        ranked
            .into_iter()
            .map(|(score, r)| {
                let record = &self.records[r as usize];
                let mut title_marks = Vec::new();
                for_each_marked(&record.title, &marked, &mut buf, |s, e| {
                    title_marks.push((s, e));
                    true
                });
                // Every posting of a matched word was read for this record: no matched
                // word of its body starts before the first block they name.
                let first = acc[r as usize].first;
                let from = (first != u32::MAX).then(|| first as usize * BLOCK);
                let (snippet, snippet_marks) = snippet(body(r as usize), &marked, &mut buf, from);
                Hit { record: r as usize, score, title_marks, snippet, snippet_marks }
            })
            .collect()
    }

    /// Vocabulary words matching query word `term`, each with its best weight.
    fn matching_terms(&self, term: &str) -> Vec<(u32, f32)> {
        let mut out: Vec<(u32, f32)> = Vec::new();
        let n = term.chars().count();
        // Exact and prefix: the sorted range of words starting with `term`.
        let from = self.terms.partition_point(|w| &**w < term);
        for (i, w) in self.terms[from..].iter().enumerate() {
            if !w.starts_with(term) {
                break;
            }
            if w.len() == term.len() {
                out.push(((from + i) as u32, 1.0));
            } else if n >= 2 {
                out.push(((from + i) as u32, 0.8));
            }
        }
        if n < TYPO_MIN {
            return out;
        }
        let exact_or_prefix = from..from + out.len();
        let (q, qp) = masks(term);
        let allowed = if n >= 9 { 2 } else { 1 };
        // An index that never received a word has no length table (found by fuzzing).
        let at = |k: usize| self.len_at.get(k.min(256)).map_or(0, |&v| v as usize);
        let (lo, hi) = (at(n.saturating_sub(allowed)), at(n + allowed + 1));
        for &i in &self.by_len[lo..hi] {
            let i = i as usize;
            if exact_or_prefix.contains(&i) {
                continue;
            }
            // Each edit takes at most one letter out of the set of letters a word has and
            // brings at most one in, and removes at most three of its letter pairs (a
            // swap: "xaby" → "xbay").
            let m = self.masks[i];
            if (q & !m).count_ones() as usize > allowed
                || (m & !q).count_ones() as usize > allowed
                || (qp & !self.pairs[i]).count_ones() as usize > 3 * allowed
                || (self.pairs[i] & !qp).count_ones() as usize > 3 * allowed
            {
                continue;
            }
            if edit_distance(term, &self.terms[i], allowed) <= allowed {
                out.push((i as u32, 0.6));
            }
        }
        // A typo in what is being typed ("zapporiz" for "zaporizhzhia"): longer words
        // with the same first letter whose head is one edit away.
        let first = term.chars().next().map_or(0, char::len_utf8);
        let lo = self.terms.partition_point(|w| **w < term[..first]);
        let typos = out.len();
        for i in lo..self.terms.len() {
            let w = &self.terms[i];
            if !w.starts_with(&term[..first]) {
                break;
            }
            if usize::from(self.lens[i]) <= n || out[..typos].iter().any(|o| o.0 == i as u32) {
                continue;
            }
            // The head's letters are the word's: one edit leaves at most one query letter out.
            if (q & !self.masks[i]).count_ones() > 1 || (qp & !self.pairs[i]).count_ones() > 3 {
                continue;
            }
            let head_end = w.char_indices().nth(n).map_or(w.len(), |(b, _)| b);
            if edit_distance(term, &w[..head_end], 1) <= 1 {
                out.push((i as u32, 0.5));
            }
        }
        out
    }
}

/// The set of letters of a folded word as 64 bits (a–z, 0–9, others hashed), and the
/// set of its adjacent letter pairs, hashed into 64 bits.
fn masks(word: &str) -> (u64, u64) {
    let bit = |c: char| match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        _ => 36 + c as u32 % 28,
    };
    let (mut letters, mut pairs) = (0u64, 0u64);
    let mut last = None;
    for c in word.chars() {
        let b = bit(c);
        letters |= 1u64 << b;
        if let Some(a) = last {
            pairs |= 1u64 << ((a * 37 + b) % 64);
        }
        last = Some(b);
    }
    (letters, pairs)
}

/// Optimal-string-alignment distance (a swap of neighbours is one edit), stopping early
/// once it exceeds `limit`. Characters are copied to the stack (one code path for ASCII
/// and the rest). Past 63 characters only equal-length strings are compared, and only
/// for differing characters: no vocabulary word or query word is that long in news.
fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    const MAX: usize = 63;
    let mut chars = [[0u32; MAX]; 2];
    let mut lens = [0usize; 2];
    for (k, s) in [a, b].into_iter().enumerate() {
        for c in s.chars() {
            if lens[k] == MAX {
                if a.chars().count() != b.chars().count() {
                    return limit + 1;
                }
                return a.chars().zip(b.chars()).filter(|(x, y)| x != y).count().min(limit + 1);
            }
            chars[k][lens[k]] = c as u32;
            lens[k] += 1;
        }
    }
    osa(&chars[0][..lens[0]], &chars[1][..lens[1]], limit)
}

fn osa(a: &[u32], b: &[u32], limit: usize) -> usize {
    const MAX: usize = 63;
    let m = b.len();
    let (mut prev2, mut prev, mut cur) = ([0u8; MAX + 1], [0u8; MAX + 1], [0u8; MAX + 1]);
    for (j, p) in prev.iter_mut().enumerate().take(m + 1) {
        *p = j as u8;
    }
    for i in 1..=a.len() {
        cur[0] = i as u8;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
            row_min = row_min.min(cur[j]);
        }
        if usize::from(row_min) > limit {
            return limit + 1;
        }
        (prev2, prev, cur) = (prev, cur, prev2);
    }
    usize::from(prev[m])
}

/// Words of `text`: (start byte, end byte, folded lowercase word). A word is a run of
/// letters and digits; apostrophes and hyphens split ("Russia’s" → "russia", "s").
pub fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for_each_word(text, &mut buf, |s, e, w| {
        out.push((s, e, w.to_string()));
        true
    });
    out
}

/// Calls `f(start, end, folded)` for each word of `text`, as [`words`] splits them,
/// folding into `buf` (no allocation per word), until `f` returns false.
fn for_each_word(text: &str, buf: &mut String, mut f: impl FnMut(usize, usize, &str) -> bool) {
    for_each_raw_word(text, |s, e| {
        buf.clear();
        fold_into(&text[s..e], buf);
        f(s, e, buf)
    });
}

/// Calls `f(start, end)` for each word of `text` until `f` returns false.
fn for_each_raw_word(text: &str, mut f: impl FnMut(usize, usize) -> bool) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i <= bytes.len() {
        let (is_word, width) = match bytes.get(i) {
            None => (false, 1),
            Some(b) if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
            Some(_) => text[i..].chars().next().map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
        };
        match (is_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if !f(s, i) {
                    return;
                }
                start = None;
            }
            _ => {}
        }
        i += width;
    }
}

/// Calls `f(start, end)` for each word of `text` that `marker` holds, until `f` returns
/// false. An ASCII word whose first letter or length rules it out is not folded.
fn for_each_marked(text: &str, marker: &Marker, buf: &mut String, mut f: impl FnMut(usize, usize) -> bool) {
    for_each_raw_word(text, |s, e| {
        let raw = &text.as_bytes()[s..e];
        if raw.is_ascii() && !marker.may_hold(raw[0].to_ascii_lowercase(), raw.len()) {
            return true;
        }
        buf.clear();
        fold_into(&text[s..e], buf);
        !marker.contains(buf) || f(s, e)
    });
}

/// The matched vocabulary words, for marking: a first-byte and a length filter in front
/// of a binary search, since most words of a body are not marked.
struct Marker<'a> {
    words: Vec<&'a str>,
    first: [u64; 4],
    lens: u64,
}

impl<'a> Marker<'a> {
    fn new(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut m = Marker { words: words.into_iter().filter(|w| !w.is_empty()).collect(), first: [0; 4], lens: 0 };
        crate::view::sort_by(&mut m.words, |a, b| a.cmp(b));
        m.words.dedup();
        for w in &m.words {
            let b = w.as_bytes()[0];
            m.first[usize::from(b >> 6)] |= 1 << (b & 63);
            m.lens |= 1 << w.len().min(63);
        }
        m
    }

    /// Whether a word starting with byte `b`, `len` bytes long, may be held.
    fn may_hold(&self, b: u8, len: usize) -> bool {
        self.first[usize::from(b >> 6)] >> (b & 63) & 1 == 1 && self.lens >> len.min(63) & 1 == 1
    }

    fn contains(&self, w: &str) -> bool {
        let Some(&b) = w.as_bytes().first() else { return false };
        self.may_hold(b, w.len()) && self.words.binary_search(&w).is_ok()
    }
}

/// Lowercases and strips common Latin accents, so "Ærø" finds "aero" and "é" finds "e".
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

fn fold_into(word: &str, out: &mut String) {
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ç' | 'č' | 'ć' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'š' | 'ś' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'ř' => out.push('r'),
            _ => out.push(c),
        }
    }
}

/// The body when short, else about [`SNIPPET_CHARS`] around the first matched word
/// (cut at word boundaries, with ellipses), with the spans of the matched words in it.
/// `from`: no matched word starts before this byte (None: none is in the body at all),
/// where the search for the first one starts.
fn snippet(body: &str, marked: &Marker, buf: &mut String, from: Option<usize>) -> (String, Vec<(usize, usize)>) {
    if body.len() <= SNIPPET_CHARS || (body.len() <= 4 * SNIPPET_CHARS && body.chars().count() <= SNIPPET_CHARS) {
        let mut marks = Vec::new();
        for_each_marked(body, marked, buf, |s, e| {
            marks.push((s, e));
            true
        });
        return (body.to_string(), marks);
    }
    // The first match: scan words from `from` (moved back to the start of its word)
    // until one is marked.
    let mut first = None;
    if let Some(from) = from {
        let mut at = from.min(body.len());
        while !body.is_char_boundary(at) {
            at -= 1;
        }
        while let Some(c) = body[..at].chars().next_back().filter(|c| c.is_alphanumeric()) {
            at -= c.len_utf8();
        }
        for_each_marked(&body[at..], marked, buf, |s, _| {
            first = Some(at + s);
            false
        });
    }
    let first = first.unwrap_or(0);
    let back = body[..first].char_indices().rev().nth(SNIPPET_CHARS / 3).map_or(0, |(i, _)| i);
    let start = if back == 0 { 0 } else { body[back..first].find(' ').map_or(back, |i| back + i + 1) };
    let mut end = body[start..].char_indices().nth(SNIPPET_CHARS).map_or(body.len(), |(i, _)| start + i);
    if end < body.len() {
        end = body[start..end].rfind(' ').map_or(end, |i| start + i);
    }
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < body.len() { "…" } else { "" };
    // One allocation: line breaks become spaces.
    let mut text = String::with_capacity(lead.len() + end - start + tail.len());
    text.push_str(lead);
    for (i, line) in body[start..end].split('\n').enumerate() {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(line);
    }
    text.push_str(tail);
    let shift = lead.len();
    let mut marks = Vec::new();
    // Words are found in the whole body (a cut may fall inside one); only those wholly
    // inside the excerpt are marked.
    let window = &body[start..];
    let cut = end - start;
    for_each_marked(&window[..cut], marked, buf, |s, e| {
        marks.push((s + shift, e + shift));
        true
    });
    // A word cut at the end of the excerpt is not marked.
    if marks.last().is_some_and(|m| m.1 - shift == cut) && window[cut..].starts_with(char::is_alphanumeric) {
        marks.pop();
    }
    (text, marks)
}

/// Splits `text` into (piece, is_match) runs for drawing highlights.
pub fn segments<'a>(text: &'a str, marks: &[(usize, usize)]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(s, e) in marks {
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if s > at {
            out.push((&text[at..s], false));
        }
        out.push((&text[s..e], true));
        at = e;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    fn kinds_and_titles(index: &Index, hits: &[Hit]) -> Vec<(Kind, String)> {
        hits.iter().map(|h| (index.record(h.record).kind, index.record(h.record).title.clone())).collect()
    }

    #[test]
    fn finds_the_zaporizhzhia_quote_and_marks_the_word() {
        let corpus = fixture::corpus();
        let index = Index::from_corpus(&corpus);
        let hits = index.search_corpus(&corpus, "Zaporizhzhia", 10);
        let quote = hits.iter().find(|h| index.record(h.record).kind == Kind::Quote).expect("a quote hit");
        let r = index.record(quote.record);
        assert_eq!(r.target.quote, Some(1));
        let marked: Vec<&str> = quote.title_marks.iter().map(|&(s, e)| &r.title[s..e]).collect();
        assert_eq!(marked, ["Zaporizhzhia"]);
        // The entity named exactly ranks first.
        assert_eq!(index.record(hits[0].record).kind, Kind::Entity);
    }

    #[test]
    fn prefixes_typos_and_accents() {
        let index = Index::from_corpus(&fixture::corpus());
        let top = |q: &str| index.search(q, 5).first().map(|h| index.record(h.record).title.clone());
        assert_eq!(top("heio chi").as_deref(), Some("Heio Chinji"), "prefix as you type");
        assert_eq!(top("Chinij").as_deref(), Some("Heio Chinji"), "two letters swapped in a 6-letter word");
        assert_eq!(top("Zaporizzhia").as_deref(), Some("Zaporizhzhia Nuclear Power Plant"), "two typos in a long word");
        assert_eq!(top("aero").as_deref(), Some("Ærø"), "accents fold");
        assert!(index.search("Puton", 5).iter().any(|h| index.record(h.record).title == "Vladimir Putin"));
        // Short words need to be exact or prefixes: "ukrane" (6) has a typo allowed, "Jpan" (4) not.
        assert!(!index.search("ukrane", 5).is_empty());
        assert!(index.search("jpan", 5).is_empty());
    }

    #[test]
    fn every_word_must_match_and_ranking_prefers_names() {
        let index = Index::from_corpus(&fixture::corpus());
        assert!(index.search("ceasefire archaeologists", 10).is_empty());
        let hits = index.search("putin", 20);
        let kinds = kinds_and_titles(&index, &hits);
        assert_eq!(kinds[0], (Kind::Entity, "Vladimir Putin".into()));
        assert!(kinds.iter().any(|k| k.0 == Kind::Article));
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(index.search("  ", 10).is_empty());
    }

    #[test]
    fn snippets_centre_on_the_match() {
        let corpus = fixture::corpus();
        let index = Index::from_corpus(&corpus);
        let hits = index.search_corpus(&corpus, "sanitation", 5);
        let h = hits.iter().find(|h| index.record(h.record).kind == Kind::Article).unwrap();
        assert!(h.snippet.starts_with('…') && h.snippet.ends_with('…'), "{}", h.snippet);
        let segs = segments(&h.snippet, &h.snippet_marks);
        assert!(segs.iter().any(|&(t, m)| m && t == "sanitation"), "{segs:?}");
    }

    /// The rule the index implements, written plainly: how query word `term` matches
    /// vocabulary word `word`. The index's prefilters must find exactly these.
    fn reference_weight(term: &str, word: &str) -> Option<f32> {
        let n = term.chars().count();
        if term == word {
            return Some(1.0);
        }
        if n >= 2 && word.starts_with(term) {
            return Some(0.8);
        }
        if n < TYPO_MIN {
            return None;
        }
        let allowed = if n >= 9 { 2 } else { 1 };
        let m = word.chars().count();
        if m.abs_diff(n) <= allowed && edit_distance(term, word, allowed) <= allowed {
            return Some(0.6);
        }
        let head: String = word.chars().take(n).collect();
        let same_first = term.chars().next() == word.chars().next();
        (m > n && same_first && edit_distance(term, &head, 1) <= 1).then_some(0.5)
    }

    #[test]
    fn matching_terms_agree_with_the_plain_rule_over_the_whole_vocabulary() {
        let index = Index::from_corpus(&fixture::corpus());
        let queries = [
            "the",
            "p",
            "pu",
            "putin",
            "puton",
            "chinij",
            "zaporizzhia",
            "zapporiz",
            "ukrane",
            "sanitaton",
            "nuclear",
            "nucleer",
            "plant",
            "archaeologists",
            "2025",
            "aero",
            "minister",
            "minsiter",
            "xyzzy",
        ];
        for q in queries {
            let mut got: Vec<(String, f32)> =
                index.matching_terms(q).iter().map(|&(t, w)| (index.terms[t as usize].to_string(), w)).collect();
            got.sort_by(|a, b| a.0.cmp(&b.0));
            let want: Vec<(String, f32)> =
                index.terms.iter().filter_map(|w| reference_weight(q, w).map(|x| (w.to_string(), x))).collect();
            assert_eq!(got, want, "query {q}");
        }
    }

    #[test]
    fn records_added_after_finish_merge_and_unfinished_indexes_still_search() {
        let record = |title: &str, body: &str| Record {
            kind: Kind::Article,
            title: title.into(),
            body: body.into(),
            target: Target::default(),
            quoted: false,
        };
        let mut index = Index::default();
        index.add(record("Grain deal", "Ships leave Odesa with grain."));
        index.finish();
        index.add(record("More grain", "Odesa again."));
        // Not finished: still found, through a finished copy.
        assert_eq!(index.search("odesa", 10).len(), 2);
        index.finish();
        let hits = index.search("grain odesa", 10);
        assert_eq!(hits.len(), 2);
        let grain = &index.postings[index.terms.binary_search(&"grain".into()).unwrap()];
        // "grain": record 0 in its title and at byte 24 of its body (block 1), record 1
        // in its title only.
        assert_eq!(Postings::iter(grain).collect::<Vec<_>>(), [(0, IN_TITLE | 2, 1), (1, IN_TITLE | 1, 0)]);
        // Title words weigh more: "grain" is in both titles and one body.
        assert_eq!(hits[0].record, 0, "grain twice and odesa once beats grain and odesa once each");
        assert_eq!(hits[0].snippet_marks.len(), 2);
    }

    #[test]
    fn postings_round_trip_through_their_compression() {
        let mut p = Postings::default();
        let ids = [0u32, 1, 2, 9, 200, 201, 70_000, 70_001, (1 << 28) - 1];
        // Even records: in the title, then in the body at byte 10 000; odd ones: in the
        // body at byte 10 × id, then again further on (the first occurrence is kept).
        for &r in &ids {
            if r % 2 == 0 {
                p.push(r, None);
                p.push(r, Some(10_000));
            } else {
                p.push(r, Some(10 * r as usize));
                p.push(r, Some(10 * r as usize + 100));
            }
            if r == 9 {
                for _ in 0..10 {
                    p.push(r, None); // occurrences cap at 7; a title one sets the flag
                }
            }
        }
        let got: Vec<(u32, u32, u32)> = Postings::iter(&p.bytes).collect();
        let want: Vec<(u32, u32, u32)> = ids
            .iter()
            .map(|&r| match r {
                9 => (r, IN_TITLE | 7, 90 / BLOCK as u32 + 1),
                _ if r % 2 == 0 => (r, IN_TITLE | 2, 10_000 / BLOCK as u32 + 1),
                _ => (r, 2, (10 * r) / BLOCK as u32 + 1),
            })
            .collect();
        assert_eq!(got, want);
        assert!(p.bytes.len() < ids.len() * 5, "{} bytes", p.bytes.len());
        // Only in the title: block 0.
        let mut t = Postings::default();
        t.push(3, None);
        t.push(3, None);
        assert_eq!(Postings::iter(&t.bytes).collect::<Vec<_>>(), [(3, IN_TITLE | 2, 0)]);
    }

    /// The snippet of every hit, whose scan for the first match starts at the block the
    /// postings name, is the one a scan of the whole body finds.
    #[test]
    fn snippets_from_the_first_block_equal_those_of_a_whole_scan() {
        let corpus = fixture::corpus();
        let index = Index::from_corpus(&corpus);
        let mut queries: Vec<String> = index.terms.iter().map(|t| t.to_string()).collect();
        queries.extend(
            ["the", "sa", "nuclear plant", "zapporiz", "minsiter", "putin ukraine", "chinji"].map(String::from),
        );
        let mut checked = 0;
        for q in &queries {
            let terms: Vec<String> = words(q).into_iter().map(|w| w.2).collect();
            let found: Vec<Vec<(u32, f32)>> = terms.iter().map(|t| index.matching_terms(t)).collect();
            let marked = Marker::new(found.iter().flatten().map(|&(t, _)| &*index.terms[t as usize]));
            for hit in index.search_corpus(&corpus, q, usize::MAX) {
                let r = index.record(hit.record);
                let body = match (r.kind, r.target.article) {
                    (Kind::Article, Some(a)) => corpus.articles[a].text.as_str(),
                    _ => r.body.as_str(),
                };
                let whole = snippet(body, &marked, &mut String::new(), Some(0));
                assert_eq!((hit.snippet.clone(), hit.snippet_marks.clone()), whole, "{q:?} record {}", hit.record);
                checked += usize::from(body.len() > 4 * SNIPPET_CHARS);
            }
        }
        assert!(checked > 200, "only {checked} long bodies checked");
    }

    #[test]
    fn a_limit_keeps_the_best_in_order() {
        let corpus = fixture::corpus();
        let index = Index::from_corpus(&corpus);
        let all = index.search_corpus(&corpus, "the", 1000);
        assert!(all.len() > 5, "{}", all.len());
        for limit in [1, 3, 5] {
            let some = index.search_corpus(&corpus, "the", limit);
            assert_eq!(some, all[..limit], "limit {limit}");
        }
        assert!(index.search_corpus(&corpus, "the", 0).is_empty());
    }

    /// The ranking spelled out: every record scored from its own words, all sorted.
    fn reference_ranking(index: &Index, bodies: &[String], query: &str, limit: usize) -> Vec<(usize, f64)> {
        let terms: Vec<String> = words(query).into_iter().map(|w| w.2).collect();
        let mut scored = Vec::new();
        'records: for (r, record) in index.records.iter().enumerate() {
            let title: Vec<String> = words(&record.title).into_iter().map(|w| w.2).collect();
            let body: Vec<String> = words(&bodies[r]).into_iter().map(|w| w.2).collect();
            let mut vocabulary: Vec<&String> = title.iter().chain(&body).collect();
            vocabulary.sort();
            vocabulary.dedup();
            let (mut total, mut repeats) = (0f32, 0u16);
            for term in &terms {
                let mut best = 0f32;
                for &word in &vocabulary {
                    let Some(w) = reference_weight(term, word) else { continue };
                    best = best.max(if title.contains(word) { w * 3.0 } else { w });
                    let n = title.iter().chain(&body).filter(|x| *x == word).count().min(7);
                    repeats += n as u16;
                }
                if best == 0.0 {
                    continue 'records;
                }
                total += best;
            }
            let focus = 1.0 / (1.0 + record.title.len() as f64 / 200.0);
            let extra = f64::from(repeats).ln_1p() * 0.1;
            scored.push(((f64::from(total) + extra) * record.kind.weight() * focus, record.kind, r));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        scored.into_iter().take(limit).map(|(score, _, r)| (r, score)).collect()
    }

    #[test]
    fn top_k_ranking_equals_scoring_and_sorting_every_record() {
        // A varied corpus from a fixed seed: few words (many ties), every kind, titles
        // of different lengths, words repeated past the occurrence cap, accents.
        const WORDS: [&str; 16] = [
            "the",
            "said",
            "president",
            "presidents",
            "presidential",
            "people",
            "peoples",
            "court",
            "courts",
            "goverment",
            "government",
            "campaign",
            "campaigns",
            "Zaporizhzhia",
            "Ærø",
            "house",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let kinds = [Kind::Speaker, Kind::Entity, Kind::Quote, Kind::Article];
        let mut index = Index::default();
        let mut bodies = Vec::new();
        for _ in 0..700 {
            let mut text = |len: usize| (0..next(len)).map(|_| WORDS[next(WORDS.len())]).collect::<Vec<_>>().join(" ");
            let title = text(4);
            let body = text(40);
            let kind = kinds[next(4)];
            index.add_with_body(
                Record { kind, title, body: String::new(), target: Target::default(), quoted: false },
                &body,
            );
            bodies.push(body);
        }
        index.finish();
        let queries = [
            "the",
            "said",
            "presid",
            "president",
            "peo",
            "goverment",
            "presidnet",
            "campaing",
            "zapporiz",
            "aero",
            "the court",
            "people said",
            "house presid the",
            "nowhere",
            "court nowhere",
        ];
        for query in queries {
            let every = index.search_with(query, usize::MAX, |i, _| bodies[i].as_str());
            let expected = reference_ranking(&index, &bodies, query, usize::MAX);
            let got: Vec<(usize, f64)> = every.iter().map(|h| (h.record, h.score)).collect();
            assert_eq!(got, expected, "{query}");
            for limit in [1, 2, 7, 50, 300] {
                let some = index.search_with(query, limit, |i, _| bodies[i].as_str());
                assert_eq!(some, every[..limit.min(every.len())], "{query}, limit {limit}");
            }
        }
        // The common words match far more records than the limits above.
        assert!(index.search_with("the", usize::MAX, |i, _| bodies[i].as_str()).len() > 400);
    }

    #[test]
    fn article_bodies_stay_in_the_corpus() {
        let corpus = fixture::corpus();
        let index = Index::from_corpus(&corpus);
        for i in 0..index.len() {
            if index.record(i).kind == Kind::Article {
                assert_eq!(index.record(i).body, "", "article bodies are not copied");
            }
        }
        // Without the corpus there is no snippet; with it, the matched word is marked.
        let plain = index.search("sanitation", 5);
        let h = plain.iter().find(|h| index.record(h.record).kind == Kind::Article).unwrap();
        assert_eq!(h.snippet, "");
        let hits = index.search_corpus(&corpus, "sanitation", 5);
        let h = hits.iter().find(|h| index.record(h.record).kind == Kind::Article).unwrap();
        assert!(h.snippet.contains("sanitation"));
    }

    #[test]
    fn a_snippet_cut_inside_a_word_does_not_mark_it() {
        // No space to cut at: the excerpt ends after 180 characters, inside an
        // "abcdefg" whose first six letters are also a marked word.
        let body = format!("abcd--{}", "abcdefg-".repeat(50));
        let marked = Marker::new(["abcd", "abcdef"]);
        let (text, marks) = snippet(&body, &marked, &mut String::new(), Some(0));
        assert!(text.ends_with("abcdef…"), "{text}");
        assert_eq!(marks, [(0, 4)]);
    }

    #[test]
    fn edit_distance_table() {
        let cases = [("kitten", "sitting", 3), ("ab", "ba", 1), ("putin", "putin", 0), ("chinji", "chnjii", 2)];
        for (a, b, want) in cases {
            assert_eq!(edit_distance(a, b, 5), want, "{a} {b}");
        }
        assert_eq!(edit_distance("aaaaaa", "bbbbbb", 1), 2);
    }

    /// Regression (cargo fuzz, target `bundle`): a bundle whose every article is corrupt
    /// loads as an empty corpus, and a typo-tolerant query on its empty index panicked.
    #[test]
    fn an_index_without_words_answers_every_query_with_nothing() {
        let json = r#"{"schema":"article-explorer.corpus/1","articles":[2]}"#;
        let corpus = crate::view::corpus::Corpus::load(json).unwrap();
        assert!(corpus.articles.is_empty() && corpus.problems.len() == 1);
        let index = Index::from_corpus(&corpus);
        for q in ["nuclear", "a", "Zaporizhzhia plant", "said"] {
            assert!(index.search(q, 10).is_empty(), "{q}");
            assert!(index.search_corpus(&corpus, q, 10).is_empty(), "{q}");
        }
        assert!(Index::default().search("anything at all", 10).is_empty());
    }
}
