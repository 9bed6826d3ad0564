/**
 * Saving a chart as an SVG or PNG file, in the browser, without a server.
 * The pure parts (escaping, file names, the standalone SVG document) are
 * unit-tested; the DOM parts copy the computed styles onto a clone of the
 * chart's <svg> (so the file looks the same without the page's CSS), draw it
 * onto a canvas for PNG, and hand the file to the browser as a download.
 * Titles come from users (scenario and cohort names): everything that is not
 * serialised by the DOM itself is escaped here.
 */
import { downloadBlob, safeFileName as sharedSafeFileName } from '../../lib/download';

export { downloadBlob };

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Characters XML 1.0 does not allow at all: C0 controls but tab, LF and CR,
 * lone surrogates, U+FFFE and U+FFFF.
 */
const forbidden = (c: number) =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
  (c >= 0xd800 && c <= 0xdfff) ||
  c === 0xfffe ||
  c === 0xffff;

function withoutForbiddenChars(text: string): string {
  let out = '';
  for (const ch of text) if (!forbidden(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** Escape text for XML/SVG content and attribute values. */
export function escapeXml(text: string): string {
  return withoutForbiddenChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A chart's file name from its title (see src/lib/download.ts). */
export function safeFileName(title: string, ext: 'svg' | 'png', fallback = 'diagram', max = 80) {
  return sharedSafeFileName(title, ext, fallback || 'diagram', max);
}

export interface StandaloneSvgOptions {
  /** The chart's inner markup, already serialised by the DOM (so already escaped). */
  body: string;
  width: number;
  height: number;
  /** Plain text: escaped here. */
  title: string;
  subtitle?: string;
  description?: string;
  lang?: string;
  background?: string;
  foreground?: string;
  muted?: string;
  fontFamily?: string;
}

/** Height of the band above the chart holding its visible title (and subtitle). */
export function headerHeight(subtitle?: string): number {
  return subtitle ? 52 : 34;
}

/**
 * A complete SVG document: the title as <title> (and drawn at the top, so a
 * pasted PNG keeps its title), the text alternative as <desc>, a background,
 * and the chart below. Dimensions are whole pixels.
 */
export function buildStandaloneSvg(o: StandaloneSvgOptions): string {
  const w = Math.max(1, Math.round(o.width));
  const head = headerHeight(o.subtitle);
  const h = Math.max(1, Math.round(o.height)) + head;
  const font = escapeXml(
    o.fontFamily ?? 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  );
  const bg = escapeXml(o.background ?? '#ffffff');
  const fg = escapeXml(o.foreground ?? '#1b1f24');
  const muted = escapeXml(o.muted ?? '#57606a');
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" version="1.1" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"` +
      (o.lang ? ` xml:lang="${escapeXml(o.lang)}"` : '') +
      ` font-family="${font}">`,
    `<title>${escapeXml(o.subtitle ? `${o.title} — ${o.subtitle}` : o.title)}</title>`,
    o.description ? `<desc>${escapeXml(o.description)}</desc>` : '',
    `<rect width="100%" height="100%" fill="${bg}"/>`,
    `<text x="4" y="22" font-size="16" font-weight="600" fill="${fg}">${escapeXml(o.title)}</text>`,
    o.subtitle
      ? `<text x="4" y="42" font-size="13" fill="${muted}">${escapeXml(o.subtitle)}</text>`
      : '',
    `<g transform="translate(0 ${head})">${o.body}</g>`,
    `</svg>`,
  ];
  return parts.filter(Boolean).join('\n');
}

/** Presentation properties copied from the page's computed styles onto the exported elements. */
export const EXPORTED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/**
 * Computed styles may resolve `url(#pattern)` against the page's address;
 * in a standalone file the reference must stay local to the document.
 */
export function localUrl(value: string): string {
  return value.replace(/url\((['"]?)[^#'")]*#([^'")]+)\1\)/g, 'url(#$2)');
}

/**
 * Copy the computed presentation styles of `source` and its descendants onto
 * the structurally identical `target` (a deep clone), as inline styles, and
 * drop class names and ARIA attributes that mean nothing outside the page.
 */
export function inlineStyles(source: Element, target: Element): void {
  const view = source.ownerDocument.defaultView;
  if (!view) return;
  const walk = (s: Element, t: Element) => {
    const cs = view.getComputedStyle(s);
    const style = (t as SVGElement).style;
    if (style) {
      for (const prop of EXPORTED_PROPERTIES) {
        const v = cs.getPropertyValue(prop);
        if (v) style.setProperty(prop, localUrl(v));
      }
    }
    t.removeAttribute('class');
    for (const a of [...t.attributes]) if (a.name.startsWith('aria-')) t.removeAttribute(a.name);
    const sc = s.children;
    const tc = t.children;
    for (let i = 0; i < sc.length && i < tc.length; i++) walk(sc[i], tc[i]);
  };
  walk(source, target);
}

export interface ChartExportInfo {
  title: string;
  subtitle?: string;
  description?: string;
  lang?: string;
}

/**
 * The chart's <svg> as a standalone document with its styles inlined. The
 * page's own <title>/<desc> are replaced by the ones built from `info`.
 */
export function serialiseChart(svg: SVGSVGElement, info: ChartExportInfo): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  for (const el of [...clone.children])
    if (el.localName === 'title' || el.localName === 'desc') el.remove();
  const serializer = new XMLSerializer();
  const body = [...clone.childNodes]
    .map((n) => serializer.serializeToString(n))
    .join('')
    // Children of an HTML document's <svg> are serialised with their own xmlns; the root has it.
    .replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
  const vb = svg.viewBox?.baseVal;
  const width = vb && vb.width ? vb.width : svg.clientWidth || 640;
  const height = vb && vb.height ? vb.height : svg.clientHeight || 400;
  const view = svg.ownerDocument.defaultView;
  const cs = view?.getComputedStyle(svg);
  return buildStandaloneSvg({
    body,
    width,
    height,
    title: info.title,
    subtitle: info.subtitle,
    description: info.description,
    lang: info.lang,
    fontFamily: cs?.getPropertyValue('font-family') || undefined,
  });
}

/** Size of a standalone SVG built by `buildStandaloneSvg`, read from its root. */
export function svgSize(svgText: string): { width: number; height: number } {
  const m = /<svg[^>]*?\swidth="(\d+)"[^>]*?\sheight="(\d+)"/.exec(svgText);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 640, height: 400 };
}

export function svgBlob(svgText: string): Blob {
  return new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Rasterise a standalone SVG: load it as an image from a blob URL, draw it on
 * a canvas at `scale` × its size over a white background, and encode a PNG.
 */
export async function svgToPng(svgText: string, scale = 2, timeoutMs = 10_000): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  const url = URL.createObjectURL(svgBlob(svgText));
  try {
    const img = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('SVG image did not load')), timeoutMs);
      img.onload = () => {
        clearTimeout(timer);
        resolve();
      };
      img.onerror = () => {
        clearTimeout(timer);
        reject(new Error('SVG image could not be loaded'));
      };
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
