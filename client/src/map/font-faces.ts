import type { MLFontFace } from '@maplibre/maplibre-gl-style-spec';

// MapLibre draws labels with the page's fonts when a style has no `glyphs` URL, but a canvas does
// not make the browser fetch the unicode-range slice of a web font that holds a character: an
// ideograph drawn before its slice arrives stays tofu in MapLibre's glyph cache. The style's
// `font-faces` makes MapLibre load the file covering a character before drawing it. The files are
// the page's own (@fontsource, bundled by Vite), so they are read back from its @font-face rules.

export interface FontFaceRule {
  family: string;
  weight: string;
  style: string;
  src: string;
  unicodeRange: string;
  /** What the rule's relative URLs are relative to: its style sheet, else the page. */
  base: string;
}

const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, '');

/** The first `url(…)` of a `src` descriptor, resolved against `base`. */
export function firstUrl(src: string, base: string): string | null {
  const match = /url\(\s*(["']?)([^"')]+)\1\s*\)/.exec(src);
  if (!match?.[2]) return null;
  try {
    return new URL(match[2], base).href;
  } catch {
    return null;
  }
}

const WEIGHT_NAMES = { regular: ['', '400', 'normal'], bold: ['700', 'bold'] } as const;

/** The upright files of `family` in one weight (regular 400 or bold 700), each with the unicode ranges it covers. */
export function fontFacesOf(rules: readonly FontFaceRule[], family: string, weight: keyof typeof WEIGHT_NAMES = 'regular'): MLFontFace[] {
  const weights: readonly string[] = WEIGHT_NAMES[weight];
  return rules
    .filter((r) => unquote(r.family) === family && weights.includes(r.weight) && r.style !== 'italic')
    .flatMap((r): MLFontFace[] => {
      const url = firstUrl(r.src, r.base);
      if (!url) return [];
      const ranges = r.unicodeRange.split(',').map((s) => s.trim()).filter(Boolean);
      return [ranges.length ? { url, 'unicode-range': ranges } : { url }];
    });
}

/** Every @font-face rule the page's same-origin style sheets declare. */
export function readFontFaceRules(doc: Document): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet hides its rules
    }
    for (const rule of Array.from(cssRules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const s = rule.style;
      rules.push({
        base: sheet.href ?? doc.baseURI,
        family: s.getPropertyValue('font-family'), weight: s.getPropertyValue('font-weight'),
        style: s.getPropertyValue('font-style'), src: s.getPropertyValue('src'), unicodeRange: s.getPropertyValue('unicode-range'),
      });
    }
  }
  return rules;
}
