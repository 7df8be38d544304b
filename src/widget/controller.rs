//! When the card opens and closes, as a state machine with no DOM: the page's events come in as
//! [`Input`]s and the controller answers with the [`Effect`]s the mount applies, in order. Being
//! plain Rust, every rule here is tested natively (`tests/widget_logic.rs`).
//!
//! Pointer: opens after the pointer rests on a name; a grace period lets it travel into the card,
//! and coming back to the same name keeps the card. Keyboard: focusing a name opens its card,
//! Enter moves into it, Escape closes it without moving the pointer or the focus (WCAG 2.1
//! SC 1.4.13). Touch: a tap opens, a tap outside closes; the first tap on a linked name opens the
//! card instead of following the link, and a second tap follows it.
//!
//! `A` is whatever identifies one name element: the DOM element on the page, a number in tests.

/// Something the reader did, as the controller needs to know it.
#[derive(Clone, Debug, PartialEq)]
pub enum Input<A> {
    /// A mouse or pen pointer arrived on a name.
    PointerEnter(Target<A>),
    /// The pointer left a name for somewhere outside it.
    PointerLeave(A),
    /// The pointer arrived on the card.
    PointerEnterCard,
    /// The pointer left the card.
    PointerLeaveCard,
    /// A pointer went down: on a name, on the card, or elsewhere on the page.
    PointerDown(Place<A>),
    /// A click or tap on a name; `linked` when the name is or is inside a link.
    Click {
        /// The name clicked.
        target: Target<A>,
        /// Whether the click came from touch (or a pen), where nothing hovers first.
        touch: bool,
        /// Whether the name is or sits in a link, which the click would follow.
        linked: bool,
    },
    /// Keyboard focus arrived on a name.
    Focus(Target<A>),
    /// Focus left a name or the card for somewhere that is neither the open name nor the card.
    FocusLeave {
        /// The name focus left, if it was one.
        from: Option<A>,
    },
    /// Enter or Space on a focused name.
    Activate(Target<A>),
    /// Escape anywhere on the page; `focus_in_card` when the focus is inside the card.
    Escape {
        /// Whether keyboard focus is inside the card.
        focus_in_card: bool,
    },
    /// The card's close button.
    CloseButton,
    /// The card's "turn off" button.
    TurnOffButton,
    /// A quote's "show in article" button in the card.
    ShowQuoteButton(usize),
    /// The card's "next mention" button.
    NextMentionButton,
    /// A plain click on the card's "open link".
    LinkButton,
    /// The open-delay timer ran out.
    OpenTimer,
    /// The close-grace timer ran out.
    CloseTimer,
    /// The open card's name is no longer in the page.
    AnchorGone,
}

/// A name the reader is on: its element and the index of its person.
#[derive(Clone, Debug, PartialEq)]
pub struct Target<A> {
    /// The name element.
    pub anchor: A,
    /// Index of the person in the analysis.
    pub person: usize,
    /// The pointer's height in the viewport, to pick the line of a name wrapped over two lines.
    pub pointer_y: Option<f64>,
}

/// Where a pointer went down.
#[derive(Clone, Debug, PartialEq)]
pub enum Place<A> {
    /// On a name.
    Name(Target<A>),
    /// On the card.
    Card,
    /// Anywhere else.
    Elsewhere,
}

/// What the mount must do, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect<A> {
    /// Start (or restart) the open-delay timer; its end comes back as [`Input::OpenTimer`].
    StartOpenTimer,
    /// Forget a pending opening.
    CancelOpenTimer,
    /// Start the close-grace timer; its end comes back as [`Input::CloseTimer`].
    StartCloseTimer,
    /// Forget a pending closing.
    CancelCloseTimer,
    /// Show `person`'s card beside `anchor`; `refill` when its content must be (re)built.
    Show {
        /// The name the card belongs to.
        anchor: A,
        /// Index of the person.
        person: usize,
        /// The pointer's height, to pick the line of a wrapped name.
        pointer_y: Option<f64>,
        /// Whether the card showed someone else, or nothing, before.
        refill: bool,
    },
    /// Hide the card.
    Hide,
    /// Set the name's `aria-expanded`.
    SetExpanded(A, bool),
    /// Move focus to the card's first control.
    FocusCard,
    /// Move focus back to a name.
    FocusAnchor(A),
    /// Stop the event's default action (following a link on the first tap).
    PreventDefault,
    /// Turn name cards off for the whole site.
    TurnCardsOff,
    /// Scroll to one quote of one person and highlight it.
    ShowQuote {
        /// Index of the person.
        person: usize,
        /// Index of the quote in the person's quotes.
        quote: usize,
    },
    /// Follow the link the name `anchor` sits in or holds, as a click on it would.
    FollowLink(A),
    /// Move focus to the person's next mention after `anchor` (its card then opens there).
    FocusNextMention {
        /// The name the card is open on.
        anchor: A,
        /// Index of the person.
        person: usize,
    },
}

/// The card that is open: whose, and the name it sits beside.
#[derive(Clone, Debug, PartialEq)]
pub struct Open<A> {
    /// Index of the person.
    pub person: usize,
    /// The name element.
    pub anchor: A,
}

/// The card's state for one mounted article.
#[derive(Debug)]
pub struct Controller<A> {
    open: Option<Open<A>>,
    /// The opening the open-delay timer will make.
    pending: Option<Target<A>>,
    /// The name whose card Escape dismissed while the pointer or focus stays on it.
    suppressed: Option<A>,
    /// Whether the last pointer went down on the name whose card was already open: a tap on a
    /// linked name then follows the link, as the card has been seen.
    down_on_open_name: bool,
}

impl<A> Default for Controller<A> {
    fn default() -> Self {
        Controller {
            open: None,
            pending: None,
            suppressed: None,
            down_on_open_name: false,
        }
    }
}

impl<A: Clone + PartialEq> Controller<A> {
    /// The open card, if any.
    pub fn open(&self) -> Option<&Open<A>> {
        self.open.as_ref()
    }

    /// Answers one input with the effects to apply.
    pub fn handle(&mut self, input: Input<A>) -> Vec<Effect<A>> {
        let mut effects = Vec::new();
        match input {
            Input::PointerEnter(target) => self.pointer_enter(target, &mut effects),
            Input::PointerLeave(anchor) => {
                self.pending = None;
                effects.push(Effect::CancelOpenTimer);
                if self.suppressed.as_ref() == Some(&anchor) {
                    self.suppressed = None;
                }
                self.schedule_close(&mut effects);
            }
            Input::PointerEnterCard => effects.push(Effect::CancelCloseTimer),
            Input::PointerLeaveCard => self.schedule_close(&mut effects),
            Input::PointerDown(place) => self.pointer_down(place, &mut effects),
            Input::Click {
                target,
                touch,
                linked,
            } => self.click(target, touch, linked, &mut effects),
            Input::Focus(target) => {
                if self.suppressed.as_ref() != Some(&target.anchor) {
                    self.show(target, &mut effects);
                }
            }
            Input::FocusLeave { from } => {
                if from.is_some() && from == self.suppressed {
                    self.suppressed = None;
                }
                self.schedule_close(&mut effects);
            }
            Input::Activate(target) => {
                // Otherwise the key's own activation lands on the card's first button.
                effects.push(Effect::PreventDefault);
                self.suppressed = None;
                self.show(target, &mut effects);
                effects.push(Effect::FocusCard);
            }
            Input::Escape { focus_in_card } => self.dismiss(focus_in_card, &mut effects),
            Input::CloseButton => self.dismiss(true, &mut effects),
            Input::TurnOffButton => {
                self.close(&mut effects);
                effects.push(Effect::TurnCardsOff);
            }
            Input::ShowQuoteButton(quote) => {
                if let Some(open) = self.open.clone() {
                    self.close(&mut effects);
                    effects.push(Effect::ShowQuote {
                        person: open.person,
                        quote,
                    });
                }
            }
            Input::NextMentionButton => {
                if let Some(open) = self.open.clone() {
                    effects.push(Effect::FocusNextMention {
                        anchor: open.anchor,
                        person: open.person,
                    });
                }
            }
            Input::LinkButton => {
                if let Some(open) = self.open.clone() {
                    effects.push(Effect::PreventDefault);
                    self.close(&mut effects);
                    effects.push(Effect::FollowLink(open.anchor));
                }
            }
            Input::OpenTimer => {
                if let Some(target) = self.pending.take() {
                    self.show(target, &mut effects);
                }
            }
            Input::CloseTimer | Input::AnchorGone => self.close(&mut effects),
        }
        effects
    }

    fn pointer_enter(&mut self, target: Target<A>, effects: &mut Vec<Effect<A>>) {
        if self.suppressed.as_ref() == Some(&target.anchor) {
            return;
        }
        effects.push(Effect::CancelCloseTimer);
        let same_person_open = self
            .open
            .as_ref()
            .is_some_and(|o| o.person == target.person);
        if !same_person_open {
            self.pending = Some(target);
            effects.push(Effect::StartOpenTimer);
        }
    }

    fn pointer_down(&mut self, place: Place<A>, effects: &mut Vec<Effect<A>>) {
        self.down_on_open_name = false;
        match place {
            Place::Name(target) => {
                self.down_on_open_name = self
                    .open
                    .as_ref()
                    .is_some_and(|o| o.person == target.person);
            }
            Place::Card => {}
            Place::Elsewhere => {
                if self.open.is_some() {
                    self.close(effects);
                }
            }
        }
    }

    /// A tap on a linked name the reader has not seen the card of opens the card instead of
    /// following the link (the card offers the link); with a mouse, hovering showed it already.
    fn click(
        &mut self,
        target: Target<A>,
        touch: bool,
        linked: bool,
        effects: &mut Vec<Effect<A>>,
    ) {
        if linked && !touch {
            return;
        }
        let card_seen = std::mem::take(&mut self.down_on_open_name);
        if linked && card_seen {
            return;
        }
        if linked {
            effects.push(Effect::PreventDefault);
        }
        self.suppressed = None;
        self.show(target, effects);
    }

    fn dismiss(&mut self, focus_in_card: bool, effects: &mut Vec<Effect<A>>) {
        let Some(open) = self.open.clone() else {
            return;
        };
        self.close(effects);
        self.suppressed = Some(open.anchor.clone());
        if focus_in_card {
            effects.push(Effect::FocusAnchor(open.anchor));
        }
    }

    fn show(&mut self, target: Target<A>, effects: &mut Vec<Effect<A>>) {
        self.pending = None;
        effects.push(Effect::CancelOpenTimer);
        effects.push(Effect::CancelCloseTimer);
        let refill = self.open.as_ref().is_none_or(|o| o.person != target.person);
        if let Some(previous) = self.open.take() {
            if previous.anchor != target.anchor {
                effects.push(Effect::SetExpanded(previous.anchor, false));
            }
        }
        effects.push(Effect::Show {
            anchor: target.anchor.clone(),
            person: target.person,
            pointer_y: target.pointer_y,
            refill,
        });
        effects.push(Effect::SetExpanded(target.anchor.clone(), true));
        self.open = Some(Open {
            person: target.person,
            anchor: target.anchor,
        });
    }

    fn close(&mut self, effects: &mut Vec<Effect<A>>) {
        self.pending = None;
        effects.push(Effect::CancelOpenTimer);
        effects.push(Effect::CancelCloseTimer);
        if let Some(open) = self.open.take() {
            effects.push(Effect::SetExpanded(open.anchor, false));
        }
        effects.push(Effect::Hide);
    }

    fn schedule_close(&mut self, effects: &mut Vec<Effect<A>>) {
        if self.open.is_some() {
            effects.push(Effect::StartCloseTimer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(anchor: u32, person: usize) -> Target<u32> {
        Target {
            anchor,
            person,
            pointer_y: None,
        }
    }

    fn shown(effects: &[Effect<u32>]) -> Option<(u32, usize)> {
        effects.iter().find_map(|e| match e {
            Effect::Show { anchor, person, .. } => Some((*anchor, *person)),
            _ => None,
        })
    }

    #[test]
    fn hover_waits_for_the_timer_then_opens() {
        let mut card = Controller::default();
        let effects = card.handle(Input::PointerEnter(name(1, 0)));
        assert!(effects.contains(&Effect::StartOpenTimer));
        assert_eq!(shown(&effects), None);
        assert_eq!(shown(&card.handle(Input::OpenTimer)), Some((1, 0)));
        assert_eq!(card.open().map(|o| o.person), Some(0));
    }

    #[test]
    fn leaving_before_the_delay_opens_nothing() {
        let mut card = Controller::default();
        card.handle(Input::PointerEnter(name(1, 0)));
        card.handle(Input::PointerLeave(1));
        assert_eq!(shown(&card.handle(Input::OpenTimer)), None);
    }

    #[test]
    fn coming_back_within_the_grace_keeps_the_card() {
        let mut card = Controller::default();
        card.handle(Input::Focus(name(1, 0)));
        assert!(card
            .handle(Input::PointerLeave(1))
            .contains(&Effect::StartCloseTimer));
        let back = card.handle(Input::PointerEnter(name(1, 0)));
        assert!(back.contains(&Effect::CancelCloseTimer));
        assert!(!back.contains(&Effect::StartOpenTimer));
    }

    #[test]
    fn escape_closes_and_keeps_it_closed_until_the_pointer_leaves() {
        let mut card = Controller::default();
        card.handle(Input::Focus(name(1, 0)));
        let effects = card.handle(Input::Escape {
            focus_in_card: true,
        });
        assert!(effects.contains(&Effect::Hide));
        assert!(effects.contains(&Effect::FocusAnchor(1)));
        assert_eq!(shown(&card.handle(Input::Focus(name(1, 0)))), None);
        assert!(card.handle(Input::PointerEnter(name(1, 0))).is_empty());
        card.handle(Input::PointerLeave(1));
        assert!(card
            .handle(Input::PointerEnter(name(1, 0)))
            .contains(&Effect::StartOpenTimer));
    }

    #[test]
    fn the_first_tap_on_a_link_opens_the_card_and_the_second_follows_it() {
        let mut card = Controller::default();
        card.handle(Input::PointerDown(Place::Name(name(1, 0))));
        let first = card.handle(Input::Click {
            target: name(1, 0),
            touch: true,
            linked: true,
        });
        assert!(first.contains(&Effect::PreventDefault));
        assert_eq!(shown(&first), Some((1, 0)));
        card.handle(Input::PointerDown(Place::Name(name(1, 0))));
        let second = card.handle(Input::Click {
            target: name(1, 0),
            touch: true,
            linked: true,
        });
        assert!(second.is_empty(), "the link is followed: {second:?}");
    }

    #[test]
    fn a_mouse_click_on_a_link_follows_it() {
        let mut card = Controller::default();
        card.handle(Input::PointerDown(Place::Name(name(1, 0))));
        let click = card.handle(Input::Click {
            target: name(1, 0),
            touch: false,
            linked: true,
        });
        assert!(click.is_empty());
    }

    #[test]
    fn a_tap_elsewhere_closes_and_a_tap_on_the_card_does_not() {
        let mut card = Controller::default();
        card.handle(Input::Focus(name(1, 0)));
        assert!(!card
            .handle(Input::PointerDown(Place::Card))
            .contains(&Effect::Hide));
        assert!(card
            .handle(Input::PointerDown(Place::Elsewhere))
            .contains(&Effect::Hide));
        assert!(card.open().is_none());
    }

    #[test]
    fn another_name_moves_the_card_and_collapses_the_first() {
        let mut card = Controller::default();
        card.handle(Input::Focus(name(1, 0)));
        let effects = card.handle(Input::Focus(name(2, 1)));
        assert!(effects.contains(&Effect::SetExpanded(1, false)));
        assert!(effects.contains(&Effect::SetExpanded(2, true)));
        assert!(effects
            .iter()
            .any(|e| matches!(e, Effect::Show { refill: true, .. })));
    }

    #[test]
    fn card_buttons_close_and_ask_for_their_action() {
        let mut card = Controller::default();
        card.handle(Input::Focus(name(1, 3)));
        assert!(card
            .handle(Input::ShowQuoteButton(2))
            .contains(&Effect::ShowQuote {
                person: 3,
                quote: 2
            }));
        card.handle(Input::Focus(name(4, 3)));
        assert!(card
            .handle(Input::NextMentionButton)
            .contains(&Effect::FocusNextMention {
                anchor: 4,
                person: 3
            }));
        assert!(card
            .handle(Input::LinkButton)
            .contains(&Effect::FollowLink(4)));
        card.handle(Input::Focus(name(4, 3)));
        assert!(card
            .handle(Input::TurnOffButton)
            .contains(&Effect::TurnCardsOff));
    }
}
