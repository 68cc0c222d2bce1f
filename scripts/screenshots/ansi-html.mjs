// The ANSI SGR codes of `offering validate --format pretty` as HTML, for the README's terminal
// screenshot (terminal.mjs). Bold and the 16 foreground colours; other escape sequences are dropped.

const COLOURS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

/** @param {string} text @returns {string} */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text with ANSI escape sequences as HTML: each styled run a `<span class="...">` (`b` bold,
 * `fg-red`, `fg-bright-blue`, ...), the rest escaped as it is.
 * @param {string} ansi
 * @returns {string}
 */
export function ansiToHtml(ansi) {
    let bold = false;
    /** @type {string | undefined} */
    let colour;
    let html = '';
    // CSI sequences (ESC [ params final): SGR ones end in `m`; the others carry no style.
    const pattern = /\x1b\[([0-9;]*)([@-~])/g;
    let last = 0;
    const text = (/** @type {string} */ part) => {
        if (part === '') {
            return;
        }
        const classes = [bold ? 'b' : '', colour ? `fg-${colour}` : ''].filter(Boolean).join(' ');
        html += classes ? `<span class="${classes}">${escapeHtml(part)}</span>` : escapeHtml(part);
    };
    for (const match of ansi.matchAll(pattern)) {
        text(ansi.slice(last, match.index));
        last = match.index + match[0].length;
        if (match[2] !== 'm') {
            continue;
        }
        for (const code of (match[1] === '' ? '0' : match[1]).split(';').map(Number)) {
            if (code === 0) {
                bold = false;
                colour = undefined;
            } else if (code === 1) {
                bold = true;
            } else if (code === 22) {
                bold = false;
            } else if (code >= 30 && code <= 37) {
                colour = COLOURS[code - 30];
            } else if (code >= 90 && code <= 97) {
                colour = `bright-${COLOURS[code - 90]}`;
            } else if (code === 39) {
                colour = undefined;
            }
        }
    }
    text(ansi.slice(last));
    return html;
}
