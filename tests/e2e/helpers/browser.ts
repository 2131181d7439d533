import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };
const SHOTS = path.resolve('test-results/pages');
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** `extraArgs`: more Chromium switches, e.g. `--host-resolver-rules` to reach the server under another name. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			...extraArgs
		]
	});
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the debugging protocol: the site's CSP rightly refuses an injected <script>.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target }))
		}));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Full-page screenshot under test-results/pages/, named by page and width. */
export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(SHOTS, { recursive: true });
	const file = path.join(SHOTS, `${name}-${page.viewportSize()?.width ?? 0}.png`);
	await page.screenshot({ path: file, fullPage: true });
	return file;
}

/** Waits until every chart on the page has drawn something (Chart.js loads lazily). */
export async function chartsDrawn(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('canvas')].every((c) => {
			const ctx = (c as HTMLCanvasElement).getContext('2d');
			if (!ctx || c.width === 0) return false;
			const { data } = ctx.getImageData(0, 0, c.width, c.height);
			for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
			return false;
		})
	);
}
