import type { Attachment } from 'svelte/attachments';
import type { ChartSpec } from './spec';

/**
 * `{@attach chart(spec)}` on a canvas: loads Chart.js only when a chart is on the page,
 * draws it, and destroys it with the canvas (or redraws when the spec changes).
 */
export function chart(spec: ChartSpec): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let destroyed = false;
		let instance: { destroy(): void } | null = null;
		void import('./draw').then(({ drawChart }) => {
			if (!destroyed) instance = drawChart(canvas, spec);
		});
		return () => {
			destroyed = true;
			instance?.destroy();
		};
	};
}
