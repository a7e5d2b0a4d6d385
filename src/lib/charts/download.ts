// Chart downloads: the data as CSV and the drawing as SVG, built in the browser with no server.

/** Renders rows as RFC 4180 CSV with a header row (fields quoted when they need it). */
export function toCsv(columns: string[], rows: (string | number)[][]): string {
	const field = (v: string | number) => {
		const s = String(v);
		return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
	};
	return [columns, ...rows].map((r) => r.map(field).join(',')).join('\n') + '\n';
}

/** Offers `content` to the user as a file named `filename`. */
export function downloadText(filename: string, content: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Serialises an SVG element as a standalone SVG document. */
export function svgDocument(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}
