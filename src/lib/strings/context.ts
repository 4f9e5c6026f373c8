import { getContext, setContext } from 'svelte';
import { stringsFor, type Strings } from './index';

const KEY = Symbol('strings');

/** Called once by the root layout with the page's language. */
export function setStrings(lang: string): Strings {
	return setContext(KEY, stringsFor(lang));
}

/** The interface strings of the current page; English when rendered outside a layout (tests). */
export function getStrings(): Strings {
	return getContext<Strings | undefined>(KEY) ?? stringsFor('en');
}

/** The same context for a component rendered on its own (svelte/server's render). */
export function stringsContext(lang: string): Map<symbol, Strings> {
	return new Map([[KEY, stringsFor(lang)]]);
}
