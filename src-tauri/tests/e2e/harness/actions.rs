//! Acting like a user: click, open a menu, fill, press a key, pick a date, choose, tick, hover.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use fantoccini::elements::Element;
use fantoccini::key::Key;

use super::{App, POLL, TIMEOUT, field, input, tid};

/// Element Plus's opening transitions (dialogs, overlays, select dropdowns): input during
/// them can land in the wrong place (a dialog focuses its first field when it has opened).
const OPENING: &str = ".dialog-fade-enter-active, .el-overlay-fade-enter-active, \
                       .el-zoom-in-top-enter-active";

impl App {
    /// Clicks the displayed element matching `css`, retrying while something (an overlay,
    /// an animation) intercepts the click.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let el = self.wait(css).await;
            // Into the middle of its scroll area: WebDriver scrolls only until the element
            // is in view, which can leave it under a sticky header or footer.
            let arg = serde_json::to_value(&el).expect("element reference");
            let _ = self
                .client
                .execute(
                    "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                    vec![arg],
                )
                .await;
            match el.click().await {
                Ok(()) => return,
                Err(e) if Instant::now() < deadline => {
                    eprintln!("[e2e] click on `{css}` failed ({e}); retrying");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(e) => self.fail(format!("cannot click `{css}`: {e}")).await,
            }
        }
    }

    /// Opens the `el-dropdown` whose trigger has the `data-testid` `trigger` and clicks its
    /// item `item`. The menu zooms in; a click during that transition can miss the item,
    /// so the click waits for it, and is made again while the item is still shown.
    pub async fn menu(&self, trigger: &str, item: &str) {
        let item_css = tid(item);
        for attempt in 0..3 {
            if !self.visible(&item_css).await {
                self.click_id(trigger).await;
                self.wait(&item_css).await;
            }
            self.wait_gone(OPENING).await;
            self.click(&item_css).await;
            let deadline = Instant::now() + Duration::from_secs(3);
            while self.visible(&item_css).await && Instant::now() < deadline {
                tokio::time::sleep(POLL).await;
            }
            if !self.visible(&item_css).await {
                return;
            }
            eprintln!("[e2e] menu item `{item}` still shown after click {attempt}; again");
        }
        self.fail(format!("the menu item `{item}` did not take the click"))
            .await
    }

    /// Clicks the element with this `data-testid`.
    pub async fn click_id(&self, id: &str) {
        self.click(&tid(id)).await;
    }

    /// Replaces the value of the `el-input` (an `<input>` or a `<textarea>`) inside the
    /// element with this `data-testid` by typing `text`.
    pub async fn fill(&self, id: &str, text: &str) {
        self.fill_css(&field(id), text).await;
    }

    /// Replaces the value of the displayed text field matching `css` by typing `text`.
    pub async fn fill_css(&self, css: &str, text: &str) {
        let css = css.to_owned();
        // A dialog focuses its first field when its opening transition ends (`opened`);
        // typing before that would send the rest of the keys to that field.
        self.wait_gone(OPENING).await;
        for _ in 0..3 {
            let el = self.wait(&css).await;
            // Clear through an `input` event so that Vue's v-model sees it
            // (WebDriver's Element Clear only fires `change`).
            let arg = serde_json::to_value(&el).expect("element reference");
            if let Err(e) = self
                .client
                .execute(
                    "const i = arguments[0]; i.focus(); i.value = ''; \
                     i.dispatchEvent(new Event('input', { bubbles: true }));",
                    vec![arg],
                )
                .await
            {
                self.fail::<()>(format!("cannot clear `{css}`: {e}")).await;
            }
            if let Err(e) = el.send_keys(text).await {
                self.fail::<()>(format!("cannot type into `{css}`: {e}"))
                    .await;
            }
            if el.prop("value").await.ok().flatten().as_deref() == Some(text) {
                return;
            }
        }
        self.fail(format!("`{css}` does not hold the typed text"))
            .await
    }

    /// Clicks the displayed element matching `css` whose text contains `text` (a button,
    /// a menu item, a radio button), waiting for it to appear.
    pub async fn click_text(&self, css: &str, text: &str) {
        let deadline = Instant::now() + TIMEOUT;
        while !self.mark_by_text(css, text, true).await {
            if Instant::now() >= deadline {
                self.fail::<()>(format!(
                    "no visible `{css}` with the text {text:?} within {TIMEOUT:?}"
                ))
                .await;
            }
            tokio::time::sleep(POLL).await;
        }
        self.click("[data-e2e-pick]").await;
    }

    /// Sends one key (e.g. `Key::Enter`) to the displayed element matching `css`.
    pub async fn press(&self, css: &str, key: Key) {
        let el = self.wait(css).await;
        if let Err(e) = el.send_keys(&key.to_string()).await {
            self.fail::<()>(format!("cannot press {key:?} in `{css}`: {e}"))
                .await;
        }
    }

    /// Sets the `el-date-picker` inside the element with this `data-testid` to `date`
    /// (`YYYY-MM-DD`) by typing it and pressing Enter, then checks that the picker took it
    /// (a date the picker disables is not taken).
    pub async fn pick_date(&self, id: &str, date: &str) {
        let css = input(id);
        self.fill_css(&css, date).await;
        self.press(&css, Key::Enter).await;
        // The picker's panel closes on Enter; a second Enter would go to the form.
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let value = match self.first_displayed(&css).await {
                Some(el) => el.prop("value").await.ok().flatten().unwrap_or_default(),
                None => String::new(),
            };
            let panel_open = self
                .visible(".el-picker__popper .el-date-picker, .el-picker__popper .el-picker-panel")
                .await;
            if value == date && !panel_open {
                return;
            }
            if Instant::now() >= deadline {
                self.fail::<()>(format!(
                    "the date picker `{id}` did not take {date} (shows {value:?}, panel open: \
                     {panel_open})"
                ))
                .await;
            }
            if panel_open && value == date {
                // Some pickers keep the panel open until the input loses focus.
                let _ = self
                    .client
                    .execute("document.activeElement?.blur();", vec![])
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Chooses `label` in the element with this `data-testid`: an `el-select` (open it,
    /// click the option with that label) or a group of radio buttons / radios.
    pub async fn choose(&self, id: &str, label: &str) {
        let root = tid(id);
        self.wait(&root).await;
        self.wait_gone(OPENING).await;
        let select = format!("{root} .el-select__wrapper, {root}.el-select .el-select__wrapper");
        if self.visible(&select).await {
            self.click(&select).await;
            let deadline = Instant::now() + TIMEOUT;
            while !self
                .mark_by_text(".el-select-dropdown__item", label, false)
                .await
            {
                if Instant::now() >= deadline {
                    self.fail::<()>(format!(
                        "the select `{id}` offers no option {label:?} within {TIMEOUT:?}"
                    ))
                    .await;
                }
                tokio::time::sleep(POLL).await;
            }
            // The dropdown zooms in; a click during that transition can miss the item.
            self.wait_gone(OPENING).await;
            self.click("[data-e2e-pick]").await;
            self.wait_gone(".el-select-dropdown__item[data-e2e-pick]")
                .await;
            self.wait_text(&root, label).await;
        } else {
            let options = format!(
                "{root} .el-radio-button, {root} .el-radio, {root}.el-radio-button, \
                 {root} .el-check-tag, {root} .el-segmented__item"
            );
            self.click_text(&options, label).await;
            let picked = format!(
                "{root} .is-active, {root} .is-checked, {root}.is-active, {root} .is-selected"
            );
            self.wait_text(&picked, label).await;
        }
    }

    /// Ticks the `el-checkbox` (or `el-check-tag`) with this `data-testid`, unless it is
    /// ticked already.
    pub async fn check(&self, id: &str) {
        let css = tid(id);
        let checked = |classes: &str| {
            classes
                .split_whitespace()
                .any(|c| c == "is-checked" || c == "is-active")
        };
        let state = |el: Element| async move {
            let own = el.attr("class").await.ok().flatten().unwrap_or_default();
            // The test id may sit on a wrapper of the checkbox.
            let inner = el
                .find(Locator::Css(".el-checkbox, .el-check-tag"))
                .await
                .ok();
            match inner {
                Some(i) if !own.contains("el-checkbox") && !own.contains("el-check-tag") => {
                    i.attr("class").await.ok().flatten().unwrap_or_default()
                }
                _ => own,
            }
        };
        if checked(&state(self.wait(&css).await).await) {
            return;
        }
        self.click(&css).await;
        let deadline = Instant::now() + TIMEOUT;
        while !checked(&state(self.wait(&css).await).await) {
            if Instant::now() >= deadline {
                self.fail::<()>(format!("`{css}` did not become ticked"))
                    .await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Scrolls the displayed element matching `css` into the middle of the view (before a
    /// screenshot of it).
    pub async fn scroll_to(&self, css: &str) {
        let el = self.wait(css).await;
        let arg = serde_json::to_value(&el).expect("element reference");
        let _ = self
            .client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![arg],
            )
            .await;
    }

    /// Scrolls the element into view and rests the mouse on it, for actions that show
    /// on hover (a minutes line's 修改 / 删除 / 补正).
    pub async fn hover(&self, css: &str) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        self.scroll_to(css).await;
        let el = self.wait(css).await;
        let actions = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
            element: el,
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        if let Err(e) = self.client.perform_actions(actions).await {
            self.fail::<()>(format!("cannot move the mouse onto `{css}`: {e}"))
                .await;
        }
    }
}
