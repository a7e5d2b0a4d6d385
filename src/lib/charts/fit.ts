// Charts follow their container's width: drawn narrower on a phone (labels stay their size), scaled below a floor.

/**
 * The width a chart draws at: its preferred `width`, narrowed to the `container`'s measured width (0 before it is
 * measured), but never under `least` (the room its labels need); below that the SVG's viewBox scales it down.
 */
export function fitWidth(width: number, container: number, least: number): number {
	if (!(container > 0)) return width;
	return Math.round(Math.max(Math.min(width, least), Math.min(width, container)));
}
