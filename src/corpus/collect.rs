//! Collecting article files from command-line paths (files and directories).

use std::path::{Path, PathBuf};

/// File extensions read as articles when a directory is given.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "json", "html", "htm"];

/// File stems skipped when walking a directory (given by name, such a file is read).
pub const NOT_ARTICLES: &[&str] = &["README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "PROVENANCE"];

/// Expands `paths` into article files: files are kept as given; directories are walked
/// recursively for files with an [`ARTICLE_EXTENSIONS`] extension, sorted by path so
/// output is deterministic. Unreadable directories and missing paths are returned as
/// errors beside the files found.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, &mut errors);
            found.sort();
            files.extend(found);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            errors.push(format!("{}: no such file or directory", path.display()));
        }
    }
    (files, errors)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(format!("{}: cannot read directory: {e}", dir.display())),
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Hidden files and folders (.git, .DS_Store) are never articles, and neither
        // are a folder's own notes (README.md, LICENSE.txt) when a whole folder is read.
        let stem = name.split('.').next().unwrap_or("").to_ascii_uppercase();
        if name.starts_with('.') || NOT_ARTICLES.contains(&stem.as_str()) {
            continue;
        }
        if path.is_dir() {
            walk(&path, found, errors);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            found.push(path);
        }
    }
}

/// A URL-safe id from a file path: the file stem, lowercased, non-alphanumerics as `-`.
pub fn slug(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("article");
    let mut out = String::with_capacity(stem.len());
    for c in stem.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "article".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug(Path::new("a/000_25ef3079c59d7f51.txt")), "000-25ef3079c59d7f51");
        assert_eq!(slug(Path::new("Trump Putin call!.md")), "trump-putin-call");
        assert_eq!(slug(Path::new("???.txt")), "article");
    }

    #[test]
    fn directories_are_walked_in_order_and_missing_paths_reported() {
        let dir = std::env::temp_dir().join(format!("ae-collect-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for f in ["b.txt", "a.md", "sub/c.json", "skip.png", ".hidden.txt", "README.md", "sub/LICENSE.txt"] {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        let (files, errors) = collect_files(&[dir.clone(), dir.join("missing.txt")]);
        let names: Vec<String> = files.iter().map(|f| f.strip_prefix(&dir).unwrap().display().to_string()).collect();
        assert_eq!(names, ["a.md", "b.txt", "sub/c.json"]);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].ends_with("missing.txt: no such file or directory"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
