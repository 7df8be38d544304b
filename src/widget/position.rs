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
#[derive(Clone, Copy, Debug, Default, PartialEq)]
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

    fn right(&self) -> f64 {
        self.left + self.width
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
/// the name) inside the visible `viewport` (which a pinch zoom moves away from the origin).
pub fn place(anchor: Rect, card_width: f64, card_height: f64, viewport: Rect) -> Placement {
    let room_below = viewport.bottom() - anchor.bottom() - GAP - MARGIN;
    let room_above = anchor.top - viewport.top - GAP - MARGIN;
    let wanted = card_height.min(MAX_HEIGHT);
    let below_fits = room_below >= wanted;
    let below_useful_and_roomier =
        room_below >= MIN_USEFUL_HEIGHT.min(wanted) && room_below >= room_above;
    let above_fits_or_roomier = room_above >= wanted || room_above > room_below;
    let side = if below_fits || below_useful_and_roomier || !above_fits_or_roomier {
        Side::Below
    } else {
        Side::Above
    };
    let max_height = match side {
        Side::Below => room_below,
        Side::Above => room_above,
    }
    .max(MIN_USEFUL_HEIGHT.min(viewport.height - 2.0 * MARGIN))
    .min(MAX_HEIGHT);
    let height = wanted.min(max_height);
    let beside_the_name = match side {
        Side::Below => anchor.bottom() + GAP,
        Side::Above => anchor.top - GAP - height,
    };
    // A name scrolled half out of view still gets its whole card in view.
    let lowest_top = viewport.bottom() - MARGIN - height;
    let top = beside_the_name.min(lowest_top).max(viewport.top + MARGIN);
    let leftmost = viewport.left + MARGIN;
    let widest_left = (viewport.right() - card_width - MARGIN).max(leftmost);
    // max/min rather than clamp: clamp's bounds check would link float formatting into the wasm.
    let left = anchor.left.max(leftmost).min(widest_left);
    Placement {
        left,
        top,
        max_height,
        side,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEWPORT: Rect = Rect {
        left: 0.0,
        top: 0.0,
        width: 1000.0,
        height: 760.0,
    };

    fn line(left: f64, top: f64) -> Rect {
        Rect {
            left,
            top,
            width: 80.0,
            height: 20.0,
        }
    }

    fn inside(placed: &Placement, width: f64, height: f64, viewport: Rect) -> bool {
        let height = height.min(placed.max_height);
        placed.left >= viewport.left
            && placed.top >= viewport.top
            && placed.left + width <= viewport.right()
            && placed.top + height <= viewport.bottom()
    }

    #[test]
    fn near_the_bottom_it_flips_above_and_shifts_left() {
        let name = line(900.0, 700.0);
        let placed = place(name, 360.0, 300.0, VIEWPORT);
        assert_eq!(placed.side, Side::Above);
        assert!(placed.top + placed.max_height.min(300.0) <= name.top - GAP + 0.5);
        assert!(inside(&placed, 360.0, 300.0, VIEWPORT));
    }

    #[test]
    fn near_the_top_it_goes_below_and_keeps_off_the_edge() {
        let placed = place(line(2.0, 10.0), 360.0, 300.0, VIEWPORT);
        assert_eq!(placed.side, Side::Below);
        assert_eq!(placed.top, 30.0 + GAP);
        assert_eq!(placed.left, MARGIN);
    }

    #[test]
    fn a_name_below_the_fold_still_gets_a_card_in_view() {
        let placed = place(line(100.0, 2400.0), 360.0, 300.0, VIEWPORT);
        assert!(inside(&placed, 360.0, 300.0, VIEWPORT), "{placed:?}");
    }

    #[test]
    fn a_pinch_zoomed_viewport_is_respected() {
        let zoomed = Rect {
            left: 300.0,
            top: 500.0,
            width: 400.0,
            height: 300.0,
        };
        let placed = place(line(620.0, 560.0), 360.0, 200.0, zoomed);
        assert!(inside(&placed, 360.0, 200.0, zoomed), "{placed:?}");
    }
}
