import { storyPageData } from '$lib/story-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => storyPageData('en');
