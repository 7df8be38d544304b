//! The page's registry of mounted articles: one mount per article element, and the off switch
//! that reaches every article on the page.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;

use super::mount::Mount;
use super::options::Options;
use super::optout;

thread_local! {
    /// Every mount made on this page; unmounted ones are dropped whenever the list is read.
    static MOUNTS: RefCell<Vec<Rc<Mount>>> = const { RefCell::new(Vec::new()) };
}

/// Mounts `root`, or returns the mount it already has: mounting twice wraps once.
pub fn mount(root: Element, options: Options) -> Option<Rc<Mount>> {
    if let Some(existing) = live_mounts()
        .into_iter()
        .find(|m| m.root.is_same_node(Some(&root)))
    {
        return Some(existing);
    }
    let mount = Mount::new(root, options, set_cards_enabled)?;
    MOUNTS.with(|mounts| mounts.borrow_mut().push(Rc::clone(&mount)));
    Some(mount)
}

/// Turns name cards on or off for the site and re-renders every article on the page.
pub fn set_cards_enabled(enabled: bool) {
    optout::remember(enabled);
    for mount in live_mounts() {
        mount.refresh();
    }
}

/// The mounts still attached to their articles (a copy, so each may be refreshed freely).
fn live_mounts() -> Vec<Rc<Mount>> {
    MOUNTS.with(|mounts| {
        let mut mounts = mounts.borrow_mut();
        mounts.retain(|m| m.is_mounted());
        mounts.clone()
    })
}
