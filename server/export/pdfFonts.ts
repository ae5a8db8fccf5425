import { createRequire } from 'node:module';
import path from 'node:path';

// DejaVu comes from an npm package (no download at install or run time) and covers æ, ø, å, dashes and "…".
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The TrueType files the PDF export embeds (as subsets), by the names it uses for them. */
export const PDF_FONTS = {
  regular: path.join(fontDir, 'DejaVuSans.ttf'),
  bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: path.join(fontDir, 'DejaVuSans-Oblique.ttf'),
  boldItalic: path.join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
  mono: path.join(fontDir, 'DejaVuSansMono.ttf'),
} as const;

export type PdfFont = keyof typeof PDF_FONTS;
