/** What a refused rating says (a "use server" module may export only actions). */
export const CARD_GONE =
  "This card is no longer in your reviews: its item was un-ticked or skipped. Nothing was saved.";
export const CARD_CHANGED =
  "This card was already reviewed, maybe in another tab. Nothing was saved; the list was reloaded.";
export const SETTINGS_CHANGED =
  "Your time zone or review settings changed since the page loaded. Nothing was saved; the list was reloaded, rate the card again.";
