import { getContext, setContext } from 'svelte';

// Which edition is rendering: the website, or the offline single file (no /about/ or /guide/
// pages, and routes live in the URL hash).
const KEY = Symbol('edition');

export interface Edition {
	offline: boolean;
}

export function setEdition(edition: Edition) {
	setContext(KEY, edition);
}

export function getEdition(): Edition {
	return getContext<Edition | undefined>(KEY) ?? { offline: false };
}
