//! A small TimeML reader: the plain text of a `.tml` document, its creation time and its
//! gold `TIMEX3` annotations.
//!
//! TimeML (as in the TempEval-3 TBAQ files) is XML with inline tags: the article body
//! sits in `<TEXT>`, with `<TIMEX3 type=".." value="..">…</TIMEX3>` and other tags
//! (`EVENT`, `SIGNAL`) wrapped around words. The document creation time is the
//! `TIMEX3` inside `<DCT>`. The reader strips every tag inside `TEXT`, decodes
//! character entities (`&amp;`, `&#39;` …), and gives the gold spans as **byte**
//! offsets into that decoded text, the same unit [`crate::analysis::timex::extract`]
//! returns.
//!
//! ```
//! use article_explorer::eval::timeml::parse;
//! let tml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>
//! <TEXT>Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> at A&amp;B.</TEXT></TimeML>"#;
//! let doc = parse(tml).unwrap();
//! assert_eq!(doc.text, "Bombs exploded Friday at A&B.");
//! assert_eq!(doc.dct.unwrap().to_string(), "1998-08-07");
//! assert_eq!(doc.timexes[0].text, "Friday");
//! assert_eq!(doc.timexes[0].value, "1998-08-07");
//! ```

use chrono::NaiveDate;

use crate::model::{Timex, TimexType};

/// One TimeML document: decoded plain text, creation date and gold timexes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeMlDoc {
    /// The decoded text of the `TEXT` element, tags removed.
    pub text: String,
    /// The document creation date (from `DCT`), when it has one.
    pub dct: Option<NaiveDate>,
    /// Gold `TIMEX3` annotations inside `TEXT`, byte offsets into [`TimeMlDoc::text`].
    pub timexes: Vec<Timex>,
}

/// Why a TimeML document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeMlError {
    /// The document has no `<TEXT>…</TEXT>` element.
    MissingText,
    /// A `TIMEX3` tag was opened inside `TEXT` and never closed.
    UnclosedTimex {
        /// Byte offset of the unclosed tag in the TEXT element's content.
        at: usize,
    },
}

impl std::fmt::Display for TimeMlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TimeMlError::MissingText => write!(f, "no <TEXT> element: not a TimeML document?"),
            TimeMlError::UnclosedTimex { at } => write!(f, "TIMEX3 tag at byte {at} of TEXT is never closed"),
        }
    }
}

impl std::error::Error for TimeMlError {}

/// Parses one TimeML document.
pub fn parse(tml: &str) -> Result<TimeMlDoc, TimeMlError> {
    let dct = element(tml, "DCT").and_then(dct_date);
    let body = element(tml, "TEXT").ok_or(TimeMlError::MissingText)?;
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    // The open TIMEX3: (byte start in `text`, its attributes, where the tag was).
    let mut open: Option<(usize, TimexType, String, usize)> = None;
    let mut rest = body;
    let mut pos = 0;
    while let Some(lt) = rest.find('<') {
        decode_into(&rest[..lt], &mut text);
        let Some(gt) = rest[lt..].find('>') else {
            // A stray '<' with no tag after it is text.
            decode_into(&rest[lt..], &mut text);
            rest = "";
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        // An empty `<TIMEX3 …/>` (a time with no words) has no extent to score.
        if let Some(attrs) = tag.strip_prefix("TIMEX3").filter(|a| !a.ends_with('/')) {
            let kind = attr(attrs, "type").and_then(timex_type).unwrap_or(TimexType::Date);
            let value = attr(attrs, "value").map(decode).unwrap_or_default();
            open = Some((text.len(), kind, value, pos + lt));
        } else if tag.starts_with("/TIMEX3") {
            if let Some((start, kind, value, _)) = open.take() {
                let t = text[start..].to_string();
                timexes.push(Timex { start, end: text.len(), text: t, kind, value });
            }
        }
        pos += lt + gt + 1;
        rest = &rest[lt + gt + 1..];
    }
    decode_into(rest, &mut text);
    if let Some((_, _, _, at)) = open {
        return Err(TimeMlError::UnclosedTimex { at });
    }
    Ok(TimeMlDoc { text, dct, timexes })
}

/// The content of the first `<name …>…</name>` element.
fn element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut from = 0;
    // Skip tags that merely start with the name ("<TEXTX>").
    loop {
        let at = from + xml[from..].find(&open)?;
        let after = at + open.len();
        let next = xml[after..].chars().next()?;
        if next == '>' || next.is_whitespace() {
            let content = after + xml[after..].find('>')? + 1;
            let end = content + xml[content..].find(&close)?;
            return Some(&xml[content..end]);
        }
        from = after;
    }
}

/// The creation date inside a `DCT` element: its TIMEX3 `value`, date part.
fn dct_date(dct: &str) -> Option<NaiveDate> {
    let value = attr(dct, "value")?;
    NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()
}

/// The value of attribute `name` in a tag's attribute text.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        let at = rest.find(name)?;
        let before_ok = rest[..at].chars().next_back().is_none_or(char::is_whitespace);
        let after = &rest[at + name.len()..];
        let after_trim = after.trim_start();
        if before_ok {
            if let Some(v) = after_trim.strip_prefix('=') {
                let v = v.trim_start();
                let quote = v.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let body = &v[1..];
                    return body.find(quote).map(|end| &body[..end]);
                }
            }
        }
        rest = after;
    }
}

/// The model type named by a TIMEX3 `type` attribute.
fn timex_type(name: &str) -> Option<TimexType> {
    match name {
        "DATE" => Some(TimexType::Date),
        "TIME" => Some(TimexType::Time),
        "DURATION" => Some(TimexType::Duration),
        "SET" => Some(TimexType::Set),
        _ => None,
    }
}

/// `s` with character entities decoded.
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    decode_into(s, &mut out);
    out
}

/// Appends `s` to `out`, decoding XML character entities; unknown ones stay as written.
fn decode_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // Entities are short; a ';' far away means a bare '&'.
        let semi = after.find(';').filter(|&i| i <= 10);
        let decoded = semi.and_then(|i| entity(&after[..i]));
        match (semi, decoded) {
            (Some(i), Some(c)) => {
                out.push(c);
                rest = &after[i + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character an entity name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1989-10-26T09:00" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
<TEXT>
Profit fell <TIMEX3 tid="t1" type="DATE" value="1989-Q3">in the third quarter</TIMEX3> at AT&amp;T, &quot;a lot&quot; <EVENT eid="e1">said</EVENT> Mr. O&apos;Neil <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> on.
</TEXT>
<TLINK lid="l1"/>
</TimeML>"#;

    #[test]
    fn reads_text_dct_and_timexes() {
        let doc = parse(DOC).unwrap();
        assert_eq!(doc.text, "\nProfit fell in the third quarter at AT&T, \"a lot\" said Mr. O'Neil two years on.\n");
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(1989, 10, 26));
        let got: Vec<(&str, TimexType, &str)> =
            doc.timexes.iter().map(|t| (&doc.text[t.start..t.end], t.kind, t.value.as_str())).collect();
        assert_eq!(
            got,
            [("in the third quarter", TimexType::Date, "1989-Q3"), ("two years", TimexType::Duration, "P2Y")]
        );
        assert!(doc.timexes.iter().all(|t| t.text == doc.text[t.start..t.end]));
    }

    #[test]
    fn offsets_are_bytes_after_multibyte_text() {
        let doc = parse("<TEXT>Caf&#233; <TIMEX3 type=\"DATE\" value=\"1990\">1990</TIMEX3></TEXT>").unwrap();
        assert_eq!(doc.text, "Café 1990");
        assert_eq!((doc.timexes[0].start, doc.timexes[0].end), (6, 10));
        assert_eq!(doc.dct, None);
    }

    #[test]
    fn empty_timex_tags_are_skipped() {
        let doc = parse("<TEXT>a <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1990\"/>b</TEXT>").unwrap();
        assert_eq!(doc.text, "a b");
        assert!(doc.timexes.is_empty());
    }

    #[test]
    fn unknown_entities_and_stray_ampersands_stay() {
        assert_eq!(decode("&Cx1f; R&D &amp; &#x41;"), "&Cx1f; R&D & A");
    }

    #[test]
    fn errors_name_the_problem() {
        assert_eq!(parse("<DOC>no text</DOC>"), Err(TimeMlError::MissingText));
        let err = parse("<TEXT>a <TIMEX3 type=\"DATE\">b</TEXT>").unwrap_err();
        assert!(err.to_string().contains("never closed"));
    }
}
