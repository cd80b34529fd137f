//! HTML articles: the main text of a saved web page, with its metadata.
//!
//! A small, forgiving tokenizer (no DOM, no entity table beyond what news pages use)
//! reads the page once; [`parse_html`] keeps the article's text and discards the rest:
//!
//! - **text**: the `<article>` (else `<main>`) element holding the most paragraph text,
//!   else the element whose child paragraphs hold the most text (the densest block);
//!   navigation, headers, footers, asides, forms, scripts, styles and hidden elements
//!   are dropped. Each paragraph, heading, list item or quotation becomes one paragraph
//!   of the body, paragraphs separated by a blank line; `<br>` is a line break.
//! - **title**: `og:title`, else the first `<h1>` of the text, else `<title>`.
//! - **date**: `article:published_time` (or `datePublished`, `date`), else the first
//!   `<time datetime>`; a date that is not `YYYY-MM-DD…` is ignored.
//! - **outlet** `og:site_name`, **byline** `author`, **url** `og:url` or the canonical link.
//!
//! Character references (`&amp;`, `&#8220;`, `&rsquo;`…) are decoded; markup never
//! reaches the body, so offsets point into plain text.
//!
//! Why hand-written: measured at the shipping size profile (`opt-level = "z"`, LTO,
//! wasm-opt), `tl` costs about 11 KB gzip and `html5gum` more (its full entity table),
//! while extraction needs neither a full tree nor every named entity. This module costs
//! a few KB.
//!
//! ```
//! use article_explorer::corpus::html::parse_html;
//! let page = r#"<html><head><meta property="og:title" content="Talks resume">
//!   <meta property="article:published_time" content="2025-03-17T09:00:00Z"></head>
//!   <body><nav>Home | World</nav><article><h1>Talks resume</h1>
//!   <p>Officials met on Monday.</p><p>&ldquo;We are close,&rdquo; one said.</p></article></body></html>"#;
//! let a = parse_html(page);
//! assert_eq!(a.title.as_deref(), Some("Talks resume"));
//! assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-03-17"));
//! assert_eq!(a.body, "Officials met on Monday.\n\n\u{201c}We are close,\u{201d} one said.\n");
//! ```

use crate::corpus::article::parse_date;
use crate::corpus::Article;

/// Whether a file should be read as HTML: by its extension, or, for a name without a
/// known one, by a text that opens with a doctype or `<html>`.
pub fn is_html(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return true;
    }
    if [".txt", ".md", ".markdown", ".json"].iter().any(|ext| lower.ends_with(ext)) {
        return false;
    }
    let head: String = text.trim_start_matches('\u{feff}').trim_start().chars().take(15).collect();
    let head = head.to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Extracts the article in an HTML page (see the module docs). Never fails: a page with
/// no text gives an empty body, which the caller reports as an empty article.
pub fn parse_html(html: &str) -> Article {
    let page = Page::read(html);
    let chosen = page.choose();
    let mut h1_in_text = None;
    let mut paragraphs: Vec<&str> = Vec::new();
    for block in &page.blocks {
        if !chosen.is_none_or(|id| block.ancestors.contains(&id)) {
            continue;
        }
        if block.tag == "h1" {
            h1_in_text.get_or_insert(block.text.as_str());
        }
        paragraphs.push(&block.text);
    }
    let title = page
        .meta_title
        .clone()
        .or_else(|| h1_in_text.map(str::to_string))
        .or_else(|| page.title.clone())
        .or_else(|| page.blocks.iter().find(|b| b.tag == "h1").map(|b| b.text.clone()));
    // The headline repeated as the first line of the text is not part of the body.
    if let (Some(first), Some(t)) = (paragraphs.first(), title.as_deref()) {
        if first.eq_ignore_ascii_case(t) || h1_in_text == Some(*first) {
            paragraphs.remove(0);
        }
    }
    let mut body = paragraphs.join("\n\n");
    if !body.is_empty() {
        body.push('\n');
    }
    let published = page.dates.iter().find_map(|d| parse_date("", d.trim()).ok());
    Article { title, published, outlet: page.site, url: page.url, byline: page.author, body }
}

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "head", "nav", "header", "footer", "aside", "form", "button", "select", "option", "svg", "math", "figure",
    "iframe", "object", "video", "audio", "canvas", "dialog", "menu", "label",
];

/// Elements whose content is raw text up to their end tag (markup inside is not markup).
const RAW_TEXT: &[&str] =
    &["script", "style", "title", "textarea", "noscript", "template", "xmp", "noembed", "noframes"];

/// Elements that never have an end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Elements that start and end a paragraph of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "figcaption",
    "address",
    "hr",
    "center",
];

/// Words in a `class` or `id` that mark page furniture, not the article.
const FURNITURE: &[&str] = &[
    "comment",
    "share",
    "social",
    "related",
    "promo",
    "newsletter",
    "advert",
    "cookie",
    "breadcrumb",
    "subscribe",
    "sidebar",
    "popup",
    "modal",
    "skip-link",
    "visually-hidden",
    "sr-only",
];

/// One paragraph of text and where it sits.
struct Block {
    /// The innermost block element it belongs to (`p`, `h1`, `li`, `div`…).
    tag: String,
    /// Ids of the open elements around it, outermost first.
    ancestors: Vec<usize>,
    /// Its text, whitespace collapsed.
    text: String,
}

/// An open element.
struct Open {
    name: String,
    id: usize,
    skipped: bool,
}

/// What the tokenizer collected from a page.
#[derive(Default)]
struct Page {
    blocks: Vec<Block>,
    /// Element names by id.
    names: Vec<String>,
    title: Option<String>,
    meta_title: Option<String>,
    site: Option<String>,
    author: Option<String>,
    url: Option<String>,
    /// Candidate publication dates, best first.
    dates: Vec<String>,
    time_dates: Vec<String>,
}

impl Page {
    fn read(html: &str) -> Page {
        let mut page = Page::default();
        let mut stack: Vec<Open> = Vec::new();
        let mut skipped = 0usize;
        let mut text = String::new();
        let mut in_pre = false;
        let mut block_ancestors: Option<Vec<usize>> = None;
        let mut meta_dates: Vec<(u8, String)> = Vec::new();
        let mut tokens = Tokenizer { src: html, pos: 0 };

        // Closes the paragraph being collected, if it has any text.
        let flush = |page: &mut Page, text: &mut String, ancestors: &mut Option<Vec<usize>>, stack: &[Open]| {
            let collapsed = collapse(text);
            text.clear();
            let Some(ancestors) = ancestors.take() else { return };
            if collapsed.is_empty() {
                return;
            }
            let tag = stack
                .iter()
                .rev()
                .find(|o| BLOCKS.contains(&o.name.as_str()))
                .map_or_else(|| "body".to_string(), |o| o.name.clone());
            page.blocks.push(Block { tag, ancestors, text: collapsed });
        };

        while let Some(token) = tokens.next() {
            match token {
                Token::Text(raw) => {
                    if skipped > 0 {
                        continue;
                    }
                    let decoded = decode_entities(raw);
                    if block_ancestors.is_none() {
                        if decoded.trim().is_empty() {
                            continue;
                        }
                        block_ancestors = Some(stack.iter().map(|o| o.id).collect());
                    }
                    if in_pre {
                        // Keep a preformatted block's line breaks, as <br>s.
                        text.push_str(&decoded.replace('\n', "\u{2028}"));
                    } else {
                        text.push_str(&decoded);
                    }
                }
                Token::Start { name, attrs, self_closing } => {
                    let attr = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
                    match name.as_str() {
                        "meta" => page.meta(&attr, &mut meta_dates),
                        "link"
                            if page.url.is_none()
                                && attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
                        {
                            page.url = attr("href").map(|h| h.trim().to_string()).filter(|h| !h.is_empty());
                        }
                        "time" => {
                            if let Some(d) = attr("datetime") {
                                page.time_dates.push(d.to_string());
                            }
                        }
                        _ => {}
                    }
                    if RAW_TEXT.contains(&name.as_str()) {
                        let content = tokens.raw_text(&name);
                        if name == "title" && page.title.is_none() {
                            page.title = Some(collapse(&decode_entities(content))).filter(|t| !t.is_empty());
                        }
                        continue;
                    }
                    if name == "br" {
                        if skipped == 0 && block_ancestors.is_some() {
                            text.push('\u{2028}');
                        }
                        continue;
                    }
                    let is_block = BLOCKS.contains(&name.as_str());
                    if is_block {
                        flush(&mut page, &mut text, &mut block_ancestors, &stack);
                        // A paragraph cannot hold a block: <p>a<div> closes the <p>.
                        if let Some(pos) = stack.iter().rposition(|o| o.name == "p") {
                            if stack[pos + 1..].iter().all(|o| !BLOCKS.contains(&o.name.as_str())) {
                                close(&mut stack, pos, &mut skipped);
                            }
                        }
                        if name == "li" {
                            let list = stack.iter().rposition(|o| matches!(o.name.as_str(), "ul" | "ol"));
                            if let Some(pos) = stack.iter().rposition(|o| o.name == "li") {
                                if list.is_none_or(|l| l < pos) {
                                    close(&mut stack, pos, &mut skipped);
                                }
                            }
                        }
                    }
                    if VOID.contains(&name.as_str()) || self_closing {
                        continue;
                    }
                    let furniture = attrs.iter().any(|(k, v)| match k.as_str() {
                        "hidden" => true,
                        "aria-hidden" => v.eq_ignore_ascii_case("true"),
                        "style" => v.replace(' ', "").to_ascii_lowercase().contains("display:none"),
                        "class" | "id" => {
                            let v = v.to_ascii_lowercase();
                            FURNITURE.iter().any(|w| v.contains(w))
                        }
                        _ => false,
                    });
                    let skip = SKIPPED.contains(&name.as_str()) || furniture;
                    if skip {
                        // Text collected so far is not inside the skipped element.
                        flush(&mut page, &mut text, &mut block_ancestors, &stack);
                        skipped += 1;
                    }
                    if name == "pre" {
                        in_pre = true;
                    }
                    let id = page.names.len();
                    page.names.push(name.clone());
                    stack.push(Open { name, id, skipped: skip });
                }
                Token::End { name } => {
                    let Some(pos) = stack.iter().rposition(|o| o.name == name) else {
                        if name == "p" || name == "br" {
                            flush(&mut page, &mut text, &mut block_ancestors, &stack);
                        }
                        continue;
                    };
                    if BLOCKS.contains(&name.as_str()) || stack[pos..].iter().any(|o| o.skipped) {
                        flush(&mut page, &mut text, &mut block_ancestors, &stack);
                    }
                    if name == "pre" {
                        in_pre = false;
                    }
                    close(&mut stack, pos, &mut skipped);
                }
            }
        }
        flush(&mut page, &mut text, &mut block_ancestors, &stack);
        meta_dates.sort_by_key(|(rank, _)| *rank);
        let time_dates = std::mem::take(&mut page.time_dates);
        page.dates = meta_dates.into_iter().map(|(_, d)| d).chain(time_dates).collect();
        page
    }

    /// Reads one `<meta>` element.
    fn meta<'a>(&mut self, attr: &impl Fn(&str) -> Option<&'a str>, dates: &mut Vec<(u8, String)>) {
        let Some(content) = attr("content").map(|c| collapse(&decode_entities(c))).filter(|c| !c.is_empty()) else {
            return;
        };
        let key = attr("property").or_else(|| attr("name")).or_else(|| attr("itemprop")).unwrap_or("");
        match key.to_ascii_lowercase().as_str() {
            "og:title" | "twitter:title" => {
                self.meta_title.get_or_insert(content);
            }
            "og:site_name" | "application-name" => {
                self.site.get_or_insert(content);
            }
            "author" | "article:author" | "byl" if !content.starts_with("http") => {
                // The New York Times writes "By Jane Doe" in its byl meta.
                let name = content.strip_prefix("By ").unwrap_or(&content).to_string();
                self.author.get_or_insert(name);
            }
            "og:url" => {
                self.url = Some(content);
            }
            "article:published_time" => dates.push((0, content)),
            "datepublished" => dates.push((1, content)),
            "date" | "dc.date" | "dc.date.issued" | "pubdate" | "publish-date" => dates.push((2, content)),
            _ => {}
        }
    }

    /// The element whose blocks are the article: an `<article>` or `<main>` with enough
    /// paragraph text, else the densest element. `None` keeps every block.
    fn choose(&self) -> Option<usize> {
        let mut score = vec![0usize; self.names.len()];
        let mut inside = vec![0usize; self.names.len()];
        for block in self.blocks.iter().filter(|b| b.tag == "p" || b.tag == "pre") {
            let len = block.text.chars().count();
            // Short lines ("Advertisement", "Read more") do not make a block dense.
            let weight = if len < 25 { 0 } else { len };
            // The paragraph's parent gets its full weight, its grandparent half.
            let mut chain = block.ancestors.iter().rev().copied().filter(|&id| !is_inline(&self.names[id])).peekable();
            if chain.peek().is_some_and(|&id| self.names[id] == block.tag) {
                chain.next();
            }
            if let Some(parent) = chain.next() {
                score[parent] += weight;
            }
            if let Some(grand) = chain.next() {
                score[grand] += weight / 2;
            }
            for &id in &block.ancestors {
                inside[id] += weight;
            }
        }
        for tag in ["article", "main"] {
            let best = (0..self.names.len()).filter(|&id| self.names[id] == tag).max_by_key(|&id| inside[id]);
            if let Some(id) = best.filter(|&id| inside[id] >= 200) {
                return Some(id);
            }
        }
        (0..score.len()).filter(|&id| score[id] > 0).max_by_key(|&id| (score[id], usize::MAX - id))
    }
}

/// Inline elements, which never hold a whole paragraph.
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "span"
            | "em"
            | "strong"
            | "b"
            | "i"
            | "u"
            | "small"
            | "sup"
            | "sub"
            | "abbr"
            | "cite"
            | "q"
            | "mark"
            | "time"
            | "font"
            | "code"
            | "s"
    )
}

/// Pops the open elements from `pos` up, keeping the count of skipped ones.
fn close(stack: &mut Vec<Open>, pos: usize, skipped: &mut usize) {
    for open in stack.drain(pos..) {
        if open.skipped {
            *skipped -= 1;
        }
    }
}

/// Collapses runs of white space to one space and trims; `\u{2028}` (from `<br>`)
/// becomes a line break, without spaces around it.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c == '\u{2028}' {
            while out.ends_with(' ') {
                out.pop();
            }
            out.push('\n');
            space = false;
        } else if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() && !out.ends_with('\n') {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out.trim_matches('\n').to_string()
}

/// A piece of an HTML page.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Text(&'a str),
    Start { name: String, attrs: Vec<(String, String)>, self_closing: bool },
    End { name: String },
}

/// Splits a page into text and tags; comments, doctypes and processing instructions are
/// dropped. Forgiving like a browser: a `<` that opens no tag is text.
struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = &self.src[self.pos..];
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let end = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
                self.pos += end;
                return Some(Token::Text(&rest[..end]));
            }
            let bytes = rest.as_bytes();
            let next = bytes.get(1).copied().unwrap_or(0);
            if let Some(comment) = rest.strip_prefix("<!--") {
                self.pos += comment.find("-->").map_or(rest.len(), |i| i + 7);
            } else if next == b'!' || next == b'?' {
                self.pos += rest.find('>').map_or(rest.len(), |i| i + 1);
            } else if next == b'/' && bytes.get(2).is_some_and(u8::is_ascii_alphabetic) {
                let end = rest.find('>').map_or(rest.len(), |i| i + 1);
                let name = tag_name(&rest[2..]);
                self.pos += end;
                return Some(Token::End { name });
            } else if next.is_ascii_alphabetic() {
                return Some(self.start_tag());
            } else {
                // "a < b": a lone angle bracket is text.
                let end = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
                self.pos += end;
                return Some(Token::Text(&rest[..end]));
            }
        }
    }

    /// Reads `<name attr="v" attr='v' attr=v attr>` from `self.pos`.
    fn start_tag(&mut self) -> Token<'a> {
        let rest = &self.src[self.pos..];
        let name = tag_name(&rest[1..]);
        let mut i = 1 + rest[1..].find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(rest.len() - 1);
        let b = rest.as_bytes();
        let mut attrs = Vec::new();
        let mut self_closing = false;
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                self_closing = b[i] == b'/';
                i += 1;
            }
            if i >= b.len() {
                break;
            }
            if b[i] == b'>' {
                i += 1;
                break;
            }
            self_closing = false;
            let start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
                i += 1;
            }
            // An attribute name starting with '=' would not advance: take it as a name.
            if i == start {
                i += 1;
            }
            let key = rest[start..i].to_ascii_lowercase();
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = String::new();
            if i < b.len() && b[i] == b'=' {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    let q = b[i] as char;
                    let end = rest[i + 1..].find(q).map_or(b.len(), |e| i + 1 + e);
                    value = decode_entities(&rest[i + 1..end]);
                    i = (end + 1).min(b.len());
                } else {
                    let start = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&rest[start..i]);
                }
            }
            attrs.push((key, value));
        }
        self.pos += i;
        Token::Start { name, attrs, self_closing }
    }

    /// The raw content of a `script`, `style`, `title`… element, up to its end tag,
    /// which is consumed too.
    fn raw_text(&mut self, name: &str) -> &'a str {
        let rest = &self.src[self.pos..];
        let close = format!("</{name}");
        let lower = rest.to_ascii_lowercase();
        let mut from = 0;
        let end = loop {
            match lower[from..].find(&close) {
                Some(i) => {
                    let at = from + i;
                    // "</scripts" is not "</script".
                    let after = lower.as_bytes().get(at + close.len()).copied().unwrap_or(b'>');
                    if after == b'>' || after == b'/' || after.is_ascii_whitespace() {
                        break at;
                    }
                    from = at + close.len();
                }
                None => break rest.len(),
            }
        };
        let content = &rest[..end];
        self.pos += rest[end..].find('>').map_or(rest.len(), |i| end + i + 1);
        content
    }
}

/// The lowercased tag name at the start of `s`.
fn tag_name(s: &str) -> String {
    let end = s.find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(s.len());
    s[..end].to_ascii_lowercase()
}

/// Named character references seen in news pages. An unknown name stays as written.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("shy", '\u{ad}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("minus", '−'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("prime", '′'),
    ("Prime", '″'),
    ("bull", '•'),
    ("middot", '·'),
    ("deg", '°'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("sect", '§'),
    ("para", '¶'),
    ("dagger", '†'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("times", '×'),
    ("divide", '÷'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("szlig", 'ß'),
    ("aelig", 'æ'),
    ("AElig", 'Æ'),
    ("oelig", 'œ'),
    ("OElig", 'Œ'),
    ("oslash", 'ø'),
    ("Oslash", 'Ø'),
    ("aring", 'å'),
    ("Aring", 'Å'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("eth", 'ð'),
    ("thorn", 'þ'),
];

/// Letters with accents: `&eacute;` is `e` + acute, and so on for the common marks.
const ACCENTS: &[(&str, &str, &str)] = &[
    ("acute", "aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ"),
    ("grave", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
    ("circ", "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
    ("uml", "aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ"),
    ("tilde", "aoAO", "ãõÃÕ"),
    ("caron", "sSzZ", "šŠžŽ"),
];

/// Decodes character references: named ones in [`ENTITIES`] and [`ACCENTS`] (the five
/// XML ones also without `;`), and numeric ones (`&#233;`, `&#xE9;`).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match decode_one(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `s` (which starts with `&`) stands for,
/// and the reference's length in bytes.
fn decode_one(s: &str) -> Option<(char, usize)> {
    let body = &s[1..];
    if let Some(num) = body.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 3),
            None => (num, 10, 2),
        };
        let n = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
        if n == 0 || n > 8 {
            return None;
        }
        let value = u32::from_str_radix(&digits[..n], radix).ok()?;
        let semi = usize::from(digits[n..].starts_with(';'));
        // Browsers read the C1 range as Windows-1252: &#147; is a left double quote.
        let value = match value {
            0x91 => 0x2018,
            0x92 => 0x2019,
            0x93 => 0x201c,
            0x94 => 0x201d,
            0x96 => 0x2013,
            0x97 => 0x2014,
            0x85 => 0x2026,
            v => v,
        };
        let c = char::from_u32(value).filter(|&c| c != '\0').unwrap_or('\u{fffd}');
        return Some((c, skip + n + semi));
    }
    let n = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
    let name = &body[..n];
    let semi = body[n..].starts_with(';');
    let found = ENTITIES.iter().find(|(k, _)| *k == name).map(|&(_, c)| c).or_else(|| {
        ACCENTS.iter().find_map(|(mark, base, accented)| {
            let letter = name.strip_suffix(mark)?;
            let mut chars = letter.chars();
            let (Some(l), None) = (chars.next(), chars.next()) else { return None };
            base.chars().position(|b| b == l).and_then(|i| accented.chars().nth(i))
        })
    })?;
    if !semi && !matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp") {
        return None;
    }
    Some((found, 1 + n + usize::from(semi)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        let cases = [
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("&ldquo;Hi,&rdquo; she said &mdash; twice", "\u{201c}Hi,\u{201d} she said \u{2014} twice"),
            ("caf&eacute; &Eacute;lys&eacute;e &Ouml;", "café Élysée Ö"),
            ("&#8220;x&#x201D; &#39;y&#39; &#147;z&#148;", "\u{201c}x\u{201d} 'y' \u{201c}z\u{201d}"),
            ("AT&T &unknown; a&b &amp &lt;3", "AT&T &unknown; a&b & <3"),
            ("&#0; &#xFFFFFFFFF; &#;", "\u{fffd} &#xFFFFFFFFF; &#;"),
            ("5&nbsp;km", "5 km"),
        ];
        for (input, want) in cases {
            assert_eq!(decode_entities(input), want, "{input}");
        }
    }

    #[test]
    fn tokenizer_is_forgiving() {
        let mut t = Tokenizer { src: "a < b <p class=x id='y' data-q=\"1>2\" hidden/>c</P ><!-- <p> -->d", pos: 0 };
        let mut tokens = Vec::new();
        while let Some(tok) = t.next() {
            tokens.push(tok);
        }
        assert_eq!(tokens[0], Token::Text("a "));
        assert_eq!(tokens[1], Token::Text("< b "));
        let Token::Start { name, attrs, self_closing } = &tokens[2] else { panic!("{:?}", tokens[2]) };
        assert_eq!(name, "p");
        assert!(*self_closing);
        let want = [("class", "x"), ("id", "y"), ("data-q", "1>2"), ("hidden", "")];
        let got: Vec<(&str, &str)> = attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(got, want);
        assert_eq!(tokens[3], Token::Text("c"));
        assert_eq!(tokens[4], Token::End { name: "p".into() });
        assert_eq!(tokens[5], Token::Text("d"));
        assert_eq!(tokens.len(), 6);
    }

    #[test]
    fn scripts_styles_and_furniture_are_dropped() {
        let page = r#"<!DOCTYPE html><html><head><title>Ignored &amp; head</title>
            <style>p { color: red } </p></style>
            <script>var s = "<p>not text</p>"; if (a < b) {}</script></head>
            <body><header><p>Site name and menu</p></header>
            <div class="share-bar"><p>Share this on every network you know of</p></div>
            <div id="story"><p>The council voted on Tuesday to close the bridge for repairs.</p>
            <script type="text/template"></script >
            <p hidden>Hidden paragraph that should never appear anywhere</p>
            <p>Work starts in May, the mayor said, and ends in the autumn.</p></div>
            <aside><p>Related: other bridges that were closed over the years</p></aside>
            <footer><p>Copyright and legal text for the whole site</p></footer></body></html>"#;
        let a = parse_html(page);
        assert_eq!(
            a.body,
            "The council voted on Tuesday to close the bridge for repairs.\n\n\
             Work starts in May, the mayor said, and ends in the autumn.\n"
        );
        assert_eq!(a.title.as_deref(), Some("Ignored & head"));
    }

    #[test]
    fn the_densest_block_wins_without_an_article_element() {
        let long = "This sentence is long enough to count as a paragraph of article text.";
        let page = format!(
            "<body><div id=menu><p>Home</p><p>World</p><p>Sport</p></div>\
             <div id=teasers><div><p>{long}</p></div></div>\
             <div id=main><h2>Background</h2><p>{long} One.</p><p>{long} Two.</p><ul><li>A point</li></ul></div></body>"
        );
        let a = parse_html(&page);
        assert_eq!(a.body, format!("Background\n\n{long} One.\n\n{long} Two.\n\nA point\n"));
    }

    #[test]
    fn metadata_comes_from_meta_tags_and_time() {
        let page = r#"<html><head><title>Talks resume | The Daily</title>
            <meta property="og:title" content="Talks resume in Riyadh">
            <meta property="og:site_name" content="The Daily">
            <meta name="author" content="Jane Doe">
            <link rel="canonical" href="https://daily.example/talks">
            </head><body><article><h1>Talks resume</h1><p>By Jane Doe, <time datetime="2025-03-17T08:00">March 17</time></p>
            <p>Negotiators met again, officials said on Monday.</p></article></body></html>"#;
        let a = parse_html(page);
        assert_eq!(a.title.as_deref(), Some("Talks resume in Riyadh"));
        assert_eq!(a.outlet.as_deref(), Some("The Daily"));
        assert_eq!(a.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(a.url.as_deref(), Some("https://daily.example/talks"));
        assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2025, 3, 17));
        // The h1 is the headline, not the first paragraph (a short article: every block kept).
        assert_eq!(a.body, "By Jane Doe, March 17\n\nNegotiators met again, officials said on Monday.\n");
    }

    #[test]
    fn published_time_beats_time_elements_and_bad_dates_are_ignored() {
        let page = r#"<meta property="article:published_time" content="yesterday">
            <meta name="date" content="2025-03-18"><p>Text <time datetime="2024-01-01">then</time>.</p>"#;
        assert_eq!(parse_html(page).published, chrono::NaiveDate::from_ymd_opt(2025, 3, 18));
        let page = r#"<h1>Only a heading</h1><p>Text <time datetime="2024-01-01">then</time>.</p>"#;
        let a = parse_html(page);
        assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2024, 1, 1));
        assert_eq!(a.title.as_deref(), Some("Only a heading"));
        assert_eq!(a.body, "Text then.\n");
    }

    #[test]
    fn paragraphs_close_implicitly_and_br_breaks_lines() {
        let page = "<article><p>One<p>Two<br>still two<br/>\n  and more<div>Three</div><ul><li>a<li>b</ul></article>";
        assert_eq!(parse_html(page).body, "One\n\nTwo\nstill two\nand more\n\nThree\n\na\n\nb\n");
    }

    #[test]
    fn markup_in_text_is_never_kept() {
        let page = "<p>&lt;script&gt;alert(1)&lt;/script&gt; is shown as text, <b>bold</b> is not markup.</p>";
        assert_eq!(parse_html(page).body, "<script>alert(1)</script> is shown as text, bold is not markup.\n");
        assert_eq!(parse_html("<html><body><script>x()</script></body></html>").body, "");
        assert_eq!(parse_html("").body, "");
        // Unclosed tags and stray end tags do not lose text.
        assert_eq!(parse_html("</div></p>Loose <i>text").body, "Loose text\n");
        assert_eq!(parse_html("<p>cut <a href=\"x").body, "cut\n");
    }

    #[test]
    fn html_is_recognised_by_name_or_opening() {
        assert!(is_html("a.html", ""));
        assert!(is_html("A.HTM", ""));
        assert!(is_html("pasted", "  <!DOCTYPE html><p>x"));
        assert!(is_html("pasted", "<html lang=en>"));
        assert!(!is_html("notes.txt", "<html>"));
        assert!(!is_html("pasted", "Plain <b>text</b>"));
    }
}
