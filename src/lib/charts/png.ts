// PNG download of a chart: the SVG drawn onto a canvas in the browser (no server, no outside request).
import { serializeSvg, stampedSvg, svgSize } from './download';
import type { ContextLines } from './export-context';

/** Offers `svg`, stamped with `lines` as the SVG download is, as a PNG named `filename` at `scale` × its size on white. */
export async function downloadPng(svg: SVGSVGElement, filename: string, lines?: ContextLines, scale = 2): Promise<void> {
	const stamped = stampedSvg(svg, lines);
	const { width, height } = svgSize(stamped);
	const url = URL.createObjectURL(new Blob([serializeSvg(stamped)], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
			image.src = url;
		});
		const canvas = Object.assign(document.createElement('canvas'), { width: width * scale, height: height * scale });
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.scale(scale, scale);
		ctx.drawImage(image, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) return;
		const png = URL.createObjectURL(blob);
		Object.assign(document.createElement('a'), { href: png, download: filename }).click();
		setTimeout(() => URL.revokeObjectURL(png), 0);
	} finally {
		URL.revokeObjectURL(url);
	}
}
