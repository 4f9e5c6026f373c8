import type { Browser, LaunchOptions } from '@playwright/test';
export const chromiumArgs: string[];
export function executablePath(): string | undefined;
export function launch(options?: LaunchOptions): Promise<Browser>;
