// Every page is prerendered into static files; URLs end in a slash so relative links work anywhere.
export const prerender = true;
export const trailingSlash = 'always';
