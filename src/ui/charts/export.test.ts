/**
 * The pure parts of chart export: escaping user text (scenario and cohort
 * titles may hold <, &, quotes), safe file names, the standalone SVG document.
 */
import { describe, expect, it } from 'vitest';
import {
  buildStandaloneSvg,
  escapeXml,
  headerHeight,
  localUrl,
  safeFileName,
  svgSize,
} from './export';

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &apos;single&apos;'],
    ['&amp; already', '&amp;amp; already'],
    ['Åre & Östersund 2017–2019', 'Åre &amp; Östersund 2017–2019'],
    ['bell\u0007 nul\u0000 tab\tnl\n', 'bell nul tab\tnl\n'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['emoji 😀 kept', 'emoji 😀 kept'],
  ])('%j → %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('safeFileName', () => {
  it.each([
    ['Årlig intäkt per aktör', 'svg', 'arlig-intakt-per-aktor.svg'],
    ['Lönsamhet efter 1 år och efter 5 år', 'png', 'lonsamhet-efter-1-ar-och-efter-5-ar.png'],
    ['../../etc/passwd', 'svg', 'etc-passwd.svg'],
    ['C:\\Windows\\system32', 'png', 'c-windows-system32.png'],
    ['<b>"Kohort" & co</b>', 'svg', 'b-kohort-co-b.svg'],
    ['   ', 'svg', 'diagram.svg'],
    ['***', 'png', 'diagram.png'],
    ['Straße Ærø', 'svg', 'strasse-aero.svg'],
  ] as const)('%j → %s', (title, ext, expected) => {
    expect(safeFileName(title, ext)).toBe(expected);
  });

  it('uses the fallback (itself made safe) when the title has no letters', () => {
    expect(safeFileName('!!!', 'svg', 'Chart')).toBe('chart.svg');
  });

  it('cuts long titles without leaving a trailing dash', () => {
    const name = safeFileName(`${'a'.repeat(79)} b c`, 'svg');
    expect(name).toBe(`${'a'.repeat(79)}.svg`);
    expect(safeFileName('x'.repeat(300), 'png').length).toBe(80 + 4);
  });
});

describe('buildStandaloneSvg', () => {
  const base = {
    body: '<rect width="10" height="10" style="fill: rgb(11, 110, 143);"/>',
    width: 640.4,
    height: 300,
  };

  it('escapes the title, subtitle, description and language', () => {
    const svg = buildStandaloneSvg({
      ...base,
      title: 'Intäkt <per> aktör & "mer"',
      subtitle: "Scenario 'A' </svg><script>",
      description: 'a < b && c > d',
      lang: 'sv"x',
    });
    expect(svg).toContain(
      '<title>Intäkt &lt;per&gt; aktör &amp; &quot;mer&quot; — Scenario &apos;A&apos; &lt;/svg&gt;&lt;script&gt;</title>',
    );
    expect(svg).toContain('<desc>a &lt; b &amp;&amp; c &gt; d</desc>');
    expect(svg).toContain('xml:lang="sv&quot;x"');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('</svg><script>');
    // The visible heading repeats the title, escaped.
    expect(svg).toContain('>Intäkt &lt;per&gt; aktör &amp; &quot;mer&quot;</text>');
    // Exactly one root element.
    expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
  });

  it('is a standalone document with whole-pixel size, a white background and the body below the header', () => {
    const svg = buildStandaloneSvg({ ...base, title: 'T' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const h = 300 + headerHeight();
    expect(svg).toContain(`width="640" height="${h}" viewBox="0 0 640 ${h}"`);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain(`<g transform="translate(0 ${headerHeight()})">${base.body}</g>`);
    expect(svg).not.toContain('<desc>');
    expect(svgSize(svg)).toEqual({ width: 640, height: h });
  });

  it('makes room for a subtitle', () => {
    expect(headerHeight('Scenario')).toBeGreaterThan(headerHeight());
    const svg = buildStandaloneSvg({ ...base, title: 'T', subtitle: 'S' });
    expect(svgSize(svg).height).toBe(300 + headerHeight('S'));
  });

  it('escapes a font family with quotes', () => {
    const svg = buildStandaloneSvg({ ...base, title: 'T', fontFamily: 'system-ui, "Segoe UI"' });
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
  });
});

describe('localUrl', () => {
  it.each([
    ['url("http://localhost:5199/index.html#c1-hatch")', 'url(#c1-hatch)'],
    ['url(#c1-hatch)', 'url(#c1-hatch)'],
    ["url('#p')", 'url(#p)'],
    ['rgb(11, 110, 143)', 'rgb(11, 110, 143)'],
    ['none', 'none'],
  ])('%s → %s', (input, expected) => {
    expect(localUrl(input)).toBe(expected);
  });
});
