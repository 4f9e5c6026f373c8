import { defineConfig } from '@playwright/test';
import { chromiumArgs, executablePath } from './scripts/browser.mjs';

// The built export is served under a sub-path, as a publisher might host it.
export const BASE = '/longread/';
// Several runs can share a machine: each may pick its own port and output folders
// (E2E_PORT, and BUILD_DIR / KIT_OUT_DIR / SINGLE_DIR, which the build reads too).
const PORT = Number(process.env.E2E_PORT ?? 4174);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}${BASE}`,
		launchOptions: { executablePath: executablePath(), args: chromiumArgs }
	},
	projects: [
		{ name: 'phone', use: { viewport: { width: 390, height: 844 }, hasTouch: true } },
		{ name: 'desktop', use: { viewport: { width: 1440, height: 900 } } }
	],
	webServer: {
		command: `npm run build && node scripts/serve.mjs --dir ${BUILD_DIR} --base ${BASE} --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}${BASE}`,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore',
		timeout: 180_000
	}
});
