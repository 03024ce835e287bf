/**
 * The font the link-preview cards are drawn in: Inter (SIL Open Font License 1.1), from the npm
 * package @expo-google-fonts/inter, which ships it as TrueType, the format resvg reads (the
 * @fontsource packages ship only WOFF/WOFF2). Loaded explicitly, never from the system: a fresh
 * CI machine may have no fonts at all. Text is measured with fontkit from the same files, so
 * what the cards wrap and shorten is what resvg draws.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { MeasureText } from '../lib/previews/preview-drawing.ts';

const require = createRequire(import.meta.url);

/** Weight → file. Italic regular is there for the few italic labels the diagrams have. */
const FACES = {
  400: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  600: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  700: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
} as const;
const ITALIC = '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf';

function resolveFont(specifier: string): string {
  let path: string;
  try {
    path = require.resolve(specifier);
  } catch {
    throw new Error(`Link previews need the font ${specifier}: run npm install (it is a devDependency).`);
  }
  if (!existsSync(path)) throw new Error(`Link previews: the font file ${path} is missing.`);
  return path;
}

/** Absolute paths of the font files, for resvg's `font.fontFiles`. */
export function previewFontFiles(): string[] {
  return [...Object.values(FACES), ITALIC].map(resolveFont);
}

type FontWeight = keyof typeof FACES;

/** The nearest weight we ship: 500 and below draw as 400, 600 as 600, 700 and above as 700. */
function nearestWeight(weight: number): FontWeight {
  return weight >= 700 ? 700 : weight >= 600 ? 600 : 400;
}

/**
 * Text width from the glyphs' advance widths (kerning left out: it makes lines at most a few
 * pixels narrower, so a line measured to fit still fits).
 */
export function createMeasure(): MeasureText {
  const fonts = new Map<FontWeight, fontkit.Font>();
  const cache = new Map<string, number>();
  return (text, size, weight = 400) => {
    const face = nearestWeight(weight);
    const key = `${face}|${size}|${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    let font = fonts.get(face);
    if (!font) {
      font = fontkit.openSync(resolveFont(FACES[face])) as fontkit.Font;
      fonts.set(face, font);
    }
    const units = font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
    const width = (units / font.unitsPerEm) * size;
    cache.set(key, width);
    return width;
  };
}
