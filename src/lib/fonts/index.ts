// The font files the first screen needs, preloaded so they are ready before first layout.
import serif400 from './files/story-serif-400-normal.woff2?url';
import serif700 from './files/story-serif-700-normal.woff2?url';
import sans400 from './files/public-sans-400-normal.woff2?url';
import sans600 from './files/public-sans-600-normal.woff2?url';
import './fonts.css';

// In the offline edition the fonts are inlined as data: URLs, and there is nothing to preload.
export const preloadFonts = [serif400, serif700, sans400, sans600].filter(
	(url) => !url.startsWith('data:')
);
