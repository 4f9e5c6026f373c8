// Offline, there is no server: the story is read from content/ in the browser, by the same reader.
import { storyPageData, withOfflineLinks } from '$lib/story-data';

export const load = () => withOfflineLinks(storyPageData(__STORY_LANG__));
