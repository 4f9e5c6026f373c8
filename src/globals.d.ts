// Set by vite.config.ts `define`: the language an offline build is made for.
declare const __STORY_LANG__: string;
