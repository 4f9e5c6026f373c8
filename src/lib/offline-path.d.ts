export function singleDir(lang: string): string;
export function singleFile(lang: string): string;
