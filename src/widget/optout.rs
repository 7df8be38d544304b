//! The reader's "off" switch for name cards, remembered per site in `localStorage`.

/// The `localStorage` key; its value is `"off"` while the reader has turned cards off.
pub const STORAGE_KEY: &str = "whosaid:cards";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether name cards are on for this site. Storage that cannot be read (blocked cookies,
/// sandboxed frames) means on: the reader never turned them off here.
pub fn cards_enabled() -> bool {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .as_deref()
        != Some("off")
}

/// Remembers the reader's choice.
pub fn remember(enabled: bool) {
    if let Some(storage) = storage() {
        let _ = if enabled {
            storage.remove_item(STORAGE_KEY)
        } else {
            storage.set_item(STORAGE_KEY, "off")
        };
    }
}
