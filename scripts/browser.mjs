// Launches Chromium the way this project's machines need: Debian's build when present.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export function executablePath() {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function launch(options = {}) {
	return chromium.launch({ executablePath: executablePath(), args: chromiumArgs, ...options });
}
