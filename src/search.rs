//! Substring search for Chinese text. Texts are indexed as overlapping character
//! bigrams ("赵丽华" → "赵丽 丽华"), so a query of two or more characters becomes a phrase
//! of consecutive bigrams and matches exactly the texts that contain it. SQLite FTS5
//! does the lookup; the bigram step keeps two-character names (most Chinese names)
//! searchable, which a trigram index cannot do.
use crate::error::Result;
use sqlx::SqliteConnection;

/// Lower-cases, maps full-width ASCII to half-width, and splits into runs of letters,
/// digits and CJK characters.
fn runs(text: &str) -> Vec<Vec<char>> {
    let mut runs = Vec::new();
    let mut current = Vec::new();
    for c in text.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

fn bigrams(run: &[char]) -> Vec<String> {
    if run.len() == 1 {
        return vec![run[0].to_string()];
    }
    run.windows(2).map(|w| w.iter().collect()).collect()
}

/// The indexed form of a text: each run's bigrams, then its last character alone, so
/// that every character also starts some token (for one-character prefix queries).
pub fn grams(text: &str) -> String {
    let mut tokens = Vec::new();
    for run in runs(text) {
        tokens.extend(bigrams(&run));
        if run.len() > 1 {
            tokens.push(run[run.len() - 1].to_string());
        }
    }
    tokens.join(" ")
}

/// An FTS5 query matching texts that contain every run of `query` as a substring;
/// `None` when the query has nothing searchable.
pub fn match_expression(query: &str) -> Option<String> {
    let parts: Vec<String> = runs(query)
        .iter()
        .map(|run| {
            if run.len() == 1 {
                // One character: any bigram starting with it, or the lone token.
                format!("\"{}\"*", run[0])
            } else {
                format!("\"{}\"", bigrams(run).join(" "))
            }
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

/// The searchable entities; each has its own contentless index keyed by the entity
/// row's `search_key`.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Index {
    Cases,
    Intake,
}

impl Index {
    fn key_sql(self) -> &'static str {
        match self {
            Index::Cases => "SELECT search_key FROM cases WHERE id = ?",
            Index::Intake => "SELECT search_key FROM intake_items WHERE id = ?",
        }
    }
    fn next_key_sql(self) -> &'static str {
        match self {
            Index::Cases => "SELECT COALESCE(MAX(search_key), 0) + 1 FROM cases",
            Index::Intake => "SELECT COALESCE(MAX(search_key), 0) + 1 FROM intake_items",
        }
    }
    fn set_key_sql(self) -> &'static str {
        match self {
            Index::Cases => "UPDATE cases SET search_key = ? WHERE id = ?",
            Index::Intake => "UPDATE intake_items SET search_key = ? WHERE id = ?",
        }
    }
    fn delete_sql(self) -> &'static str {
        match self {
            Index::Cases => "DELETE FROM case_search WHERE rowid = ?",
            Index::Intake => "DELETE FROM intake_search WHERE rowid = ?",
        }
    }
    fn insert_sql(self) -> &'static str {
        match self {
            Index::Cases => "INSERT INTO case_search (rowid, grams) VALUES (?, ?)",
            Index::Intake => "INSERT INTO intake_search (rowid, grams) VALUES (?, ?)",
        }
    }
}

/// Replaces the index entry of one entity, giving it a search key if it has none.
pub(crate) async fn put(
    conn: &mut SqliteConnection,
    index: Index,
    id: &str,
    text: &str,
) -> Result<()> {
    let (key,): (Option<i64>,) = sqlx::query_as(index.key_sql())
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let key = match key {
        Some(key) => {
            sqlx::query(index.delete_sql())
                .bind(key)
                .execute(&mut *conn)
                .await?;
            key
        }
        None => {
            let (next,): (i64,) = sqlx::query_as(index.next_key_sql())
                .fetch_one(&mut *conn)
                .await?;
            sqlx::query(index.set_key_sql())
                .bind(next)
                .bind(id)
                .execute(&mut *conn)
                .await?;
            next
        }
    };
    sqlx::query(index.insert_sql())
        .bind(key)
        .bind(grams(text))
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_overlapping_bigrams() {
        assert_eq!(grams("赵丽华"), "赵丽 丽华 华");
        assert_eq!(
            grams("西劳人仲案字〔2026〕第15号"),
            "西劳 劳人 人仲 仲案 案字 字 20 02 26 6 第1 15 5号 号"
        );
        assert_eq!(grams("ＡＢ-c"), "ab b c");
    }

    #[test]
    fn queries_become_phrases_of_bigrams() {
        assert_eq!(match_expression("赵丽").as_deref(), Some("\"赵丽\""));
        assert_eq!(
            match_expression("1391234").as_deref(),
            Some("\"13 39 91 12 23 34\"")
        );
        assert_eq!(
            match_expression("环保 公司").as_deref(),
            Some("\"环保\" AND \"公司\"")
        );
        assert_eq!(match_expression("赵").as_deref(), Some("\"赵\"*"));
        assert_eq!(match_expression(" 〔〕\"'* ").as_deref(), None);
    }
}
