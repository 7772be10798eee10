//! Waiting for, and reading, what the page shows: visibility, text, classes, toasts, values.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use fantoccini::elements::Element;
use serde_json::json;

use super::{App, POLL, TIMEOUT, field};

/// Marks the first displayed element matching `arguments[0]` whose trimmed text equals
/// `arguments[1]` (or contains it, when `arguments[2]`) with `data-e2e-pick`; true if found.
const MARK_BY_TEXT: &str = "\
    const [css, text, partial] = arguments;
    document.querySelectorAll('[data-e2e-pick]').forEach(e => e.removeAttribute('data-e2e-pick'));
    for (const e of document.querySelectorAll(css)) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(e);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const t = (e.innerText || e.textContent || '').trim();
      if (partial ? t.includes(text) : t === text) {
        e.setAttribute('data-e2e-pick', '1');
        return true;
      }
    }
    return false;";

impl App {
    pub(super) async fn first_displayed(&self, css: &str) -> Option<Element> {
        let found = self.client.find_all(Locator::Css(css)).await.ok()?;
        for el in found {
            if el.is_displayed().await.unwrap_or(false) {
                return Some(el);
            }
        }
        None
    }

    /// Is an element matching `css` displayed right now?
    pub async fn visible(&self, css: &str) -> bool {
        self.first_displayed(css).await.is_some()
    }

    /// Waits until an element matching `css` is displayed.
    pub async fn wait(&self, css: &str) -> Element {
        self.wait_within(css, TIMEOUT).await
    }

    /// Waits up to `limit` (for long work such as loading the demo data).
    pub async fn wait_within(&self, css: &str, limit: Duration) -> Element {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(el) = self.first_displayed(css).await {
                return el;
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!("no visible element `{css}` within {limit:?}"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The visible text of every displayed element matching `css`, in document order.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let found = self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default();
        let mut out = Vec::new();
        for el in found {
            if el.is_displayed().await.unwrap_or(false)
                && let Ok(t) = self.inner_text(&el).await
            {
                out.push(t);
            }
        }
        out
    }

    /// Waits until one of `selectors` is displayed; returns its index.
    pub async fn wait_any(&self, selectors: &[&str]) -> usize {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            for (i, css) in selectors.iter().enumerate() {
                if self.visible(css).await {
                    return i;
                }
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!(
                        "none of {selectors:?} became visible within {TIMEOUT:?}"
                    ))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until nothing matching `css` is displayed.
    pub async fn wait_gone(&self, css: &str) {
        let deadline = Instant::now() + TIMEOUT;
        while self.visible(css).await {
            if Instant::now() >= deadline {
                self.fail::<()>(format!("`{css}` still visible after {TIMEOUT:?}"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The element's `innerText`. WebKitWebDriver's Get Element Text drops some table
    /// cells' text (seen with Element Plus tables), so read it from the page instead.
    pub(super) async fn inner_text(
        &self,
        el: &Element,
    ) -> Result<String, fantoccini::error::CmdError> {
        let arg = serde_json::to_value(el).expect("element reference");
        let v = self
            .client
            .execute("return arguments[0].innerText;", vec![arg])
            .await?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    /// The visible text of the displayed element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        let el = self.wait(css).await;
        match self.inner_text(&el).await {
            Ok(t) => t,
            Err(e) => self.fail(format!("cannot read text of `{css}`: {e}")).await,
        }
    }

    /// Waits until the element matching `css` shows a text containing `needle`; returns it.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        let mut last = String::new();
        loop {
            if let Some(el) = self.first_displayed(css).await
                && let Ok(t) = self.inner_text(&el).await
            {
                if t.contains(needle) {
                    return t;
                }
                last = t;
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!(
                        "`{css}` never showed {needle:?} within {TIMEOUT:?}; last text: {last:?}"
                    ))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the element's `class` attribute does not contain `class` (e.g. an
    /// Element Plus button leaving `is-loading`).
    pub async fn wait_not_class(&self, css: &str, class: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let classes = match self.first_displayed(css).await {
                Some(el) => el.attr("class").await.ok().flatten().unwrap_or_default(),
                None => String::new(),
            };
            if !classes.split_whitespace().any(|c| c == class) {
                return;
            }
            if Instant::now() >= deadline {
                self.fail::<()>(format!("`{css}` kept class `{class}` for {TIMEOUT:?}"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Marks the displayed element matching `css` whose text is `text` (or contains it,
    /// when `partial`) as `[data-e2e-pick]`; false if there is none right now.
    pub(super) async fn mark_by_text(&self, css: &str, text: &str, partial: bool) -> bool {
        self.client
            .execute(MARK_BY_TEXT, vec![json!(css), json!(text), json!(partial)])
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    /// The texts of the toasts (`ElMessage`) shown right now, joined by newlines.
    pub async fn toasts(&self) -> String {
        self.client
            .execute(
                "return [...document.querySelectorAll('.el-message')]\
                 .map(e => e.innerText.trim()).join('\\n');",
                vec![],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// Waits until some displayed element matching `css` shows a text containing
    /// `needle`; returns that element's text.
    pub async fn wait_text_any(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if self.mark_by_text(css, needle, true).await
                && let Some(el) = self.first_displayed("[data-e2e-pick]").await
                && let Ok(t) = self.inner_text(&el).await
            {
                return t;
            }
            if Instant::now() >= deadline {
                return self
                    .fail(format!(
                        "no visible `{css}` showed {needle:?} within {TIMEOUT:?}; toasts: {:?}",
                        self.toasts().await
                    ))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The current value of the text field inside the element with this `data-testid`.
    pub async fn value(&self, id: &str) -> String {
        let css = field(id);
        let el = self.wait(&css).await;
        el.prop("value").await.ok().flatten().unwrap_or_default()
    }
}
