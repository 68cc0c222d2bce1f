/** Text with ANSI escape sequences as HTML spans (bold, the 16 foreground colours). */
export function ansiToHtml(ansi: string): string;
