import { storyPageData } from '$lib/story-data';

export const load = () => storyPageData(__STORY_LANG__);
