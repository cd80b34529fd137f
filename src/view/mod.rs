//! View models: what the app's components draw, computed from a loaded corpus.
//!
//! Everything here is plain Rust without yew or web-sys, so the app's logic (timeline
//! layout, ticks and clustering, quote cards and facets, reader marks, the URL state)
//! is unit-tested natively. Components in `app` stay thin: they call these functions
//! and turn the results into elements.
//!
//! - [`corpus`]: the loaded bundle with byte offsets, speakers and their colours.
//! - [`timeline`]: events placed on a day axis, windows, zoom and pan, ticks, lanes, clusters.
//! - [`quotes`]: quote cards, facets with counts, filters, context and citations.
//! - [`reader`]: an article split into paragraphs, sentences and marked pieces.
//! - [`route`]: the view state that lives in the URL hash.
//!
//! ```
//! use article_explorer::view::route::{Route, View};
//! let route = Route::parse("#quotes?speaker=Heio%20Chinji");
//! assert_eq!(route.view, View::Quotes);
//! assert_eq!(route.speaker.as_deref(), Some("Heio Chinji"));
//! assert_eq!(Route::parse(&route.to_hash()), route);
//! ```

pub mod corpus;
pub mod quotes;
pub mod reader;
pub mod route;
pub mod timeline;

#[cfg(test)]
pub(crate) mod fixture;

/// Sorts `v` stably by `cmp`, through [`sort_indices`]: every caller shares one instance
/// of the standard library's sort, where each `sort_by` on its own element type and
/// comparator adds about 3 KB to the app's wasm.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts indices stably by `cmp` (one instance of the sort for the whole app).
#[inline(never)]
pub fn sort_indices(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Formats a date the way a newsroom writes it: `17 March 2025`; BCE years as `500 BCE`.
pub fn long_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {} {}", date.day(), MONTHS[date.month0() as usize], year_label(date.year()))
}

/// A year for display: `2025`, `500 BCE` (there is no year 0: 0 is 1 BCE).
pub fn year_label(year: i32) -> String {
    if year <= 0 {
        format!("{} BCE", 1 - year)
    } else {
        year.to_string()
    }
}

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn dates_read_like_a_newsroom_writes_them() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(long_date(d(2025, 3, 17)), "17 March 2025");
        assert_eq!(long_date(d(-499, 1, 1)), "1 January 500 BCE");
        assert_eq!(year_label(0), "1 BCE");
    }

    #[test]
    fn sort_by_is_stable_and_matches_the_standard_sort() {
        let words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime", "fig", "yam", "", "banana"];
        let mut ours: Vec<(usize, &str)> = words.iter().copied().enumerate().collect();
        let mut std_sorted = ours.clone();
        super::sort_by(&mut ours, |a, b| a.1.len().cmp(&b.1.len()));
        std_sorted.sort_by_key(|a| a.1.len());
        assert_eq!(ours, std_sorted);
        assert_eq!(ours[0], (9, ""));
        // Equal keys keep their order: "fig"(1) before "yam"(8), "pear"(0) before "kiwi"(3).
        let three: Vec<usize> = ours.iter().filter(|w| w.1.len() == 3).map(|w| w.0).collect();
        assert_eq!(three, [1, 7, 8]);
        let mut empty: Vec<u8> = Vec::new();
        super::sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
