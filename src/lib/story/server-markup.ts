// The story page's prose, data tables and each chart's first state are rendered once, by the
// server. Svelte hydrates an {@html} block by taking over the nodes the server wrote, without
// comparing them with the string it is given, so the browser need not download that markup a
// second time inside the page's data: any non-empty stand-in adopts what is on the page.
// (+page.server.ts empties the strings; the offline edition, which has no server, keeps them.)
export const ADOPT_SERVER_MARKUP = '<!-- rendered by the server -->';

/** The markup itself where the page has it, else the stand-in that adopts the server's. */
export const adopted = (html: string) => html || ADOPT_SERVER_MARKUP;

/** The element, in the server's markup, that holds one scroll section (story/islands.ts). */
export const ISLAND_CLASS = 'section-island';
