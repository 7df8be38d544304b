//! Where the card goes: below the hovered line of the name, or above it when it does not fit,
//! shifted sideways to stay inside the viewport, and never over the name itself.
//! Pure geometry in CSS pixels, so it is tested without a browser layout.

/// Space between the name and the card, as in Tippy's default offset.
pub const GAP: f64 = 10.0;
/// Closest the card comes to a viewport edge.
pub const MARGIN: f64 = 8.0;
/// The tallest a card grows before its quote list scrolls inside it.
pub const MAX_HEIGHT: f64 = 440.0;
/// Below this height the card would be useless; it then takes the roomier side anyway.
const MIN_USEFUL_HEIGHT: f64 = 160.0;

/// A rectangle in viewport coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// Which side of the name the card sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Under the name's line.
    Below,
    /// Over the name's line.
    Above,
}

/// The computed placement of the card.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// Left edge of the card.
    pub left: f64,
    /// Top edge of the card.
    pub top: f64,
    /// The height the card may take before it scrolls.
    pub max_height: f64,
    /// The side it was put on.
    pub side: Side,
}

/// Places a card of natural size `card_width` × `card_height` next to `anchor` (one line box of
/// the name) in a viewport of `viewport_width` × `viewport_height`.
pub fn place(
    anchor: Rect,
    card_width: f64,
    card_height: f64,
    viewport_width: f64,
    viewport_height: f64,
) -> Placement {
    let room_below = viewport_height - anchor.bottom() - GAP - MARGIN;
    let room_above = anchor.top - GAP - MARGIN;
    let wanted = card_height.min(MAX_HEIGHT);
    let side = if room_below >= wanted
        || (room_below >= MIN_USEFUL_HEIGHT.min(wanted) && room_below >= room_above)
    {
        Side::Below
    } else if room_above >= wanted || room_above > room_below {
        Side::Above
    } else {
        Side::Below
    };
    let max_height = match side {
        Side::Below => room_below,
        Side::Above => room_above,
    }
    .clamp(0.0, MAX_HEIGHT);
    let height = wanted.min(max_height);
    let top = match side {
        Side::Below => anchor.bottom() + GAP,
        Side::Above => anchor.top - GAP - height,
    };
    let widest_left = (viewport_width - card_width - MARGIN).max(MARGIN);
    // max/min rather than clamp: clamp's bounds check would link float formatting into the wasm.
    let left = anchor.left.max(MARGIN).min(widest_left);
    Placement {
        left,
        top,
        max_height,
        side,
    }
}
