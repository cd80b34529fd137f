//! Quotes as CSV (RFC 4180): one row per quote, a header row first, CRLF line ends.
//!
//! Columns: `speaker`, `quote`, `cue`, `kind` (direct, partial, indirect), `article`
//! (its title), `article_id`, `date` (publication, `YYYY-MM-DD`), `outlet`, `url`,
//! `sentence` (its index), `sentence_start`, `sentence_end`, `quote_start`, `quote_end`
//! (code-point offsets into the article text, end-exclusive, as in the bundle).
//!
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed
//! with `'`, so that a spreadsheet shows a quote such as `=SUM(A1)` as text instead of
//! running it as a formula (CSV injection).

use crate::corpus::Bundle;
use crate::view::corpus::speaker_name;

use super::Text;

/// The header row's columns.
pub const COLUMNS: [&str; 14] = [
    "speaker",
    "quote",
    "cue",
    "kind",
    "article",
    "article_id",
    "date",
    "outlet",
    "url",
    "sentence",
    "sentence_start",
    "sentence_end",
    "quote_start",
    "quote_end",
];

/// Every quote of the corpus, in corpus and text order.
pub fn quotes(bundle: &Bundle) -> String {
    let mut out = String::new();
    row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for article in &bundle.articles {
        let text = Text::new(&article.text);
        let a = &article.analysis;
        for q in &a.quotes {
            let sentence = a.sentences.get(q.sentence);
            let quote = if q.text.trim().is_empty() { text.slice(q.start, q.end) } else { &q.text };
            row(
                &mut out,
                [
                    speaker_name(q).to_string(),
                    // "X," he said: the comma belongs to the sentence, not the quote.
                    quote.trim().trim_end_matches(',').trim_end().to_string(),
                    q.cue.as_ref().map_or_else(String::new, |c| c.text.clone()),
                    q.kind.as_str().to_string(),
                    article.display_title(),
                    article.id.clone(),
                    article.published.map_or_else(String::new, |d| d.to_string()),
                    article.outlet.clone().unwrap_or_default(),
                    article.url.clone().unwrap_or_default(),
                    q.sentence.to_string(),
                    sentence.map_or_else(String::new, |s| s.start.to_string()),
                    sentence.map_or_else(String::new, |s| s.end.to_string()),
                    q.start.to_string(),
                    q.end.to_string(),
                ],
            );
        }
    }
    out
}

fn row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, &cell);
    }
    out.push_str("\r\n");
}

/// One cell: defused against formulas, quoted when it holds a comma, quote or line break.
fn push_cell(out: &mut String, cell: &str) {
    let defuse = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = defuse && cell.contains([',', '"', '\n', '\r']) || cell.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if defuse {
        out.push('\'');
    }
    if quote {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_defused() {
        let cases = [
            ("plain", "plain"),
            ("a, b", "\"a, b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+1", "'+1"),
            ("-2, or", "\"'-2, or\""),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("a=b", "a=b"),
            ("", ""),
        ];
        for (cell, want) in cases {
            let mut out = String::new();
            push_cell(&mut out, cell);
            assert_eq!(out, want, "{cell:?}");
        }
    }

    #[test]
    fn one_row_per_quote_after_the_header() {
        let bundle = super::super::tests::corpus();
        let csv = quotes(&bundle);
        assert!(csv.starts_with("speaker,quote,cue,kind,article,article_id,date,outlet,url,sentence,"));
        assert!(csv.ends_with("\r\n"));
        let n: usize = bundle.articles.iter().map(|a| a.analysis.quotes.len()).sum();
        assert!(n >= 3, "the corpus should have quotes");
        assert_eq!(csv.split("\r\n").count() - 2, n);
        assert!(csv.contains(",'=SUM(A1) is not a plan,said,direct,"), "{csv}");
    }
}
