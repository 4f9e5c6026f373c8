// The font files the first screen needs, preloaded so they are ready before first layout.
import serif400 from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?url';
import serif700 from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2?url';
import sans400 from '@fontsource/public-sans/files/public-sans-latin-400-normal.woff2?url';
import sans600 from '@fontsource/public-sans/files/public-sans-latin-600-normal.woff2?url';
import './fonts.css';

// In the offline edition the fonts are inlined as data: URLs, and there is nothing to preload.
export const preloadFonts = [serif400, serif700, sans400, sans600].filter(
	(url) => !url.startsWith('data:')
);
