import type { Component } from 'svelte';

// content/<lang>/about.md, compiled by mdsvex: the methods, corrections and credits prose.
const modules = import.meta.glob<{ default: Component }>('/content/*/about.md', { eager: true });

export const pages: Record<string, Component> = Object.fromEntries(
	Object.entries(modules).map(([path, module]) => [path.split('/')[2]!, module.default])
);
