import type { ParamMatcher } from '@sveltejs/kit';

/** A language folder name under content/ (two letters, optionally a region: "es", "pt-br"). */
export const match: ParamMatcher = (param) => /^[a-z]{2}(-[a-z]{2})?$/.test(param);
