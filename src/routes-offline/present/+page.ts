import { storyPageData } from '$lib/story-data';

export const load = () => storyPageData('en');
