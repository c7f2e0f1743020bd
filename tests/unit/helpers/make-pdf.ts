/**
 * Writes small PDFs for the PDF reader's tests, by hand: a catalog, a page tree, one Type0 font
 * (STSong-Light, UniGB-UCS2-H, not embedded: pdf.js maps it to Unicode with its bundled CMaps),
 * each text line drawn with `Tj` of a hex UCS-2 string at the position given, an xref table and
 * a trailer. Every glyph is 1 em wide (`/DW 1000`), so a line of n characters at size s ends at
 * x + n·s.
 */

/** A line of text drawn at a position, in PDF points from the bottom left of an A4 page. */
export interface PdfLine {
  x: number;
  y: number;
  text: string;
  /** Font size in points; 16 unless given. */
  size?: number;
}

/** A page: its lines, and whether it also paints an image (as a scanned page does). */
export interface PdfPage {
  lines: readonly PdfLine[];
  image?: boolean;
}

const FONT_OBJECTS = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000 ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 ' +
    '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];

/** A 2×2 grey inline image scaled to 200 pt, in ASCII hex so that the file stays ASCII. */
const IMAGE = 'q 200 0 0 200 100 300 cm BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 00FF00FF> EI Q\n';

/** The UTF-16 code units of a text as a PDF hex string. */
function ucs2(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

function contentStream(page: PdfPage): string {
  const text = page.lines
    .map((l) => `BT /F1 ${l.size ?? 16} Tf 1 0 0 1 ${l.x} ${l.y} Tm ${ucs2(l.text)} Tj ET\n`)
    .join('');
  return (page.image === true ? IMAGE : '') + text;
}

/** A PDF with the given pages (a bare array of lines is a page with text only). */
export function makePdf(pages: readonly (PdfPage | readonly PdfLine[])[]): Uint8Array {
  const objects: string[] = [];
  const firstPage = 6;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push(...FONT_OBJECTS);
  pages.forEach((p, i) => {
    const page: PdfPage = Array.isArray(p) ? { lines: p } : (p as PdfPage);
    const stream = contentStream(page);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> ` +
        `/Contents ${firstPage + 2 * i + 1} 0 R >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
    );
  });
  let out = '%PDF-1.7\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
