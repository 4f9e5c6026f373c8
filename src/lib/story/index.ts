// What pages and chapters may use from the story layer.
export { default as Story } from './Story.svelte';
export { default as Chapter } from './Chapter.svelte';
export { default as ScrollSection } from './ScrollSection.svelte';
