// Chart downloads: the data as CSV and the drawing as SVG, built in the browser with no server.
import type { ContextLines } from './export-context';

/** One CSV cell: text, a number, or nothing. */
export type CsvValue = string | number | null;

// A spreadsheet reads a cell that begins with one of these as a formula (OWASP, "CSV injection"); U+2212 too in some.
const FORMULA_START = /^[=+\-@\u2212\t\r]/;

/**
 * A number as written in a CSV: whole at 1 000 and above (tenge, families, persons: a fraction says nothing there),
 * else rounded to 4 decimals (shares, rates, МРП), shortest form, never -0; not finite: an empty cell.
 */
export function csvNumber(x: number): string {
	if (!Number.isFinite(x)) return '';
	const r = Math.abs(x) >= 1000 ? Math.round(x) : Math.round(x * 1e4) / 1e4;
	return String(r === 0 ? 0 : r);
}

/** A text cell, neutralised: one that a spreadsheet would read as a formula gets a leading apostrophe. */
export function csvText(s: string): string {
	return FORMULA_START.test(s) ? `'${s}` : s;
}

function field(v: CsvValue): string {
	const s = typeof v === 'number' ? csvNumber(v) : v === null ? '' : csvText(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

// A comment line is one line; a spreadsheet may still split it at commas, so each piece is neutralised like a cell.
function commentLine(line: string): string {
	return line
		.replace(/[\r\n]+/g, ' ')
		.split(',')
		.map((piece, i) => (i > 0 && FORMULA_START.test(piece.trimStart()) ? piece.replace(/^\s*/, "$&'") : piece))
		.join(',');
}

/**
 * Renders rows as RFC 4180 CSV: `comments` first (lines starting with "#"), then a header row and the rows (fields
 * quoted when they need it). Numbers are written by csvNumber, text by csvText.
 */
export function toCsv(columns: string[], rows: CsvValue[][], comments: string[] = []): string {
	const table = [columns, ...rows].map((r) => r.map(field).join(','));
	return [...comments.map(commentLine), ...table].join('\n') + '\n';
}

/** Offers `content` to the user as a file named `filename`. */
export function downloadText(filename: string, content: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE = 16;
const PAD = 8;
/** Wide enough for an average character at 12 px in Latin or Cyrillic, so a line is never cut off. */
const CHAR_WIDTH = 7;

/** The drawn size of `svg`: its width and height attributes, else its size on screen. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
	return { width: Number(svg.getAttribute('width')) || svg.clientWidth, height: Number(svg.getAttribute('height')) || svg.clientHeight };
}

/**
 * A copy of `svg` with `lines` stamped on it: the header lines in a band above the drawing, the footer lines below,
 * the whole widened and heightened so that no text overlaps the chart. Text goes in as text nodes (escaped when
 * serialised). With no lines, a plain copy (with its size as attributes).
 */
export function stampedSvg(svg: SVGSVGElement, lines: ContextLines = { header: [], footer: [] }): SVGSVGElement {
	const doc = svg.ownerDocument;
	const chart = svg.cloneNode(true) as SVGSVGElement;
	const { width: w, height: h } = svgSize(svg);
	chart.setAttribute('width', String(w));
	chart.setAttribute('height', String(h));
	if (lines.header.length + lines.footer.length === 0) return chart;
	if (!chart.hasAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${w} ${h}`);
	const top = PAD + lines.header.length * LINE + PAD;
	const longest = Math.max(...[...lines.header, ...lines.footer].map((l) => l.length));
	const width = Math.max(w, Math.ceil(longest * CHAR_WIDTH + 2 * PAD));
	const height = top + h + lines.footer.length * LINE + PAD;
	const element = (name: string, attrs: Record<string, string | number>, text?: string) => {
		const e = doc.createElementNS(SVG_NS, name);
		for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
		if (text !== undefined) e.textContent = text;
		return e;
	};
	const out = element('svg', {
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'font-family': 'system-ui, sans-serif',
		'font-size': 12
	}) as SVGSVGElement;
	chart.setAttribute('x', '0');
	chart.setAttribute('y', String(top));
	out.append(
		element('title', {}, lines.header.join(' — ')),
		element('rect', { width, height, fill: '#fff' }),
		...lines.header.map((l, i) =>
			element('text', { x: PAD, y: PAD + (i + 1) * LINE - 4, fill: '#1b1b1b', 'font-weight': i === 0 ? 600 : 400 }, l)
		),
		chart,
		...lines.footer.map((l, i) => element('text', { x: PAD, y: top + h + (i + 1) * LINE, fill: '#444', 'font-size': 11 }, l))
	);
	return out;
}

/** An SVG element as a standalone SVG document. */
export function serializeSvg(svg: SVGSVGElement): string {
	svg.setAttribute('xmlns', SVG_NS);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Serialises an SVG element (stamped with `lines` when given) as a standalone SVG document. */
export function svgDocument(svg: SVGSVGElement, lines?: ContextLines): string {
	return serializeSvg(stampedSvg(svg, lines));
}
