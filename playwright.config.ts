import { defineConfig } from '@playwright/test';
import { chromiumArgs, executablePath } from './scripts/browser.mjs';

// The built export is served under a sub-path, as a publisher might host it.
export const BASE = '/longread/';
const PORT = 4174;

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
		command: `npm run build && node scripts/serve.mjs --dir build --base ${BASE} --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}${BASE}`,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore',
		timeout: 180_000
	}
});
