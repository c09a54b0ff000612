// The <cramp-widget> element, for TypeScript pages that place it or pass it to `mount`. Its
// attributes are the clinic's settings; every value is a string, as in HTML, and a bad value is
// ignored with a console warning (README, "Putting the widget on a clinic page").

/** The attributes `mount` reads; a `data-` prefix is accepted too. */
export interface CrampWidgetAttributes {
  /** `en`, `es` or `hi`, a region such as `es-MX` allowed; without it the page and the browser decide. */
  lang?: string;
  /** Digits and a leading `+`; default `112`. */
  'emergency-number'?: string;
  /** Plain text, at most 80 characters. */
  'clinic-name'?: string;
  /** Digits and a leading `+`; shown as a `tel:` link. */
  'clinic-phone'?: string;
  /** `https:` only. */
  'booking-url'?: string;
  /** A hex colour, `rgb()`/`hsl()` or a CSS colour name; default `#0b5f8a`. */
  accent?: string;
  /** Any of `check`, `tips`, `diary`, comma-separated; default all three. */
  panels?: string;
  /** 1–32 of `a-z`, `0-9`, `-`: keeps two widgets' data apart. */
  'storage-namespace'?: string;
  /** Script-tag embed only: the page linked when the widget cannot start; `http(s)://` only. */
  'fallback-url'?: string;
}

/** A <cramp-widget> element: its settings are attributes, so `setAttribute` knows their names. */
export interface CrampWidgetElement extends HTMLElement {
  setAttribute<K extends keyof CrampWidgetAttributes>(name: K, value: string): void;
  setAttribute(qualifiedName: string, value: string): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'cramp-widget': CrampWidgetElement;
  }
}
