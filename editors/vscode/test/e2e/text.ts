import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';

/** Lines as LSP counts them: split at CRLF, LF or CR; characters in UTF-16 code units, as JavaScript strings are. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i++;
    }
    if (text[i] === '\n' || text[i] === '\r') {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetAt(text: string, position: Position): number {
  return lineStarts(text)[position.line] + position.character;
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) {
    line++;
  }
  return { line, character: offset - starts[line] };
}

/** The range of the `occurrence`-th (1-based) appearance of `needle` in the text. */
export function rangeOf(text: string, needle: string, occurrence = 1): Range {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) {
      throw new Error(`'${needle}' occurs fewer than ${occurrence} times`);
    }
  }
  return { start: positionAt(text, offset), end: positionAt(text, offset + needle.length) };
}

/** Applies edits that do not overlap, as an editor does: each against the original text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  return sorted.reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}
