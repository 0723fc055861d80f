// A JSON syntax error explained where it happened. JSON.parse says too little (and differs per browser),
// so the lenient jsonc-parser, set to be as strict as JSON, finds the place and the kind of mistake.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Finding } from './finding.js';

interface Explanation {
  readonly message: string;
  readonly hint?: string;
  readonly offset?: number;
}

export function explainJsonSyntax(text: string, parseMessage: string): Finding {
  const binary = text.slice(0, 4096).includes('\u0000');
  if (binary) {
    return { code: 'json-syntax', path: [], offset: 0, message: 'This file is not a text file: it contains binary data.', hint: 'Open a scenario .json file.' };
  }
  const short = squeezeSpace(text);
  const errors: ParseError[] = [];
  parse(short.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) {
    return { code: 'json-syntax', path: [], offset: 0, message: `This is not valid JSON: ${parseMessage}`, hint: 'Check the file with a JSON editor.' };
  }
  const explained = explain(short.text, printParseErrorCode(first.error), first.offset, first.length);
  const offset = short.original(explained.offset ?? first.offset);
  return { code: 'json-syntax', path: [], offset, message: explained.message, ...(explained.hint ? { hint: explained.hint } : {}) };
}

/** Runs of white space longer than this are shortened before jsonc-parser reads the text. */
const LONG_SPACE = 32;

interface Squeezed {
  readonly text: string;
  /** The offset in the author's text of an offset in the shortened one. */
  original(offset: number): number;
}

const isSpace = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;
const isControl = (ch: number) => ch === 9 || ch === 10 || ch === 13;

/**
 * The text with long runs of white space cut to their first character (and the first tab or line break
 * in them, which inside a string is itself the mistake). jsonc-parser builds each run up a character at a
 * time, which for megabytes of spaces takes seconds; a shorter run has the same syntax and the same errors.
 */
export function squeezeSpace(text: string): Squeezed {
  // Parallel lists: from shortened offset at[i] on, the text is the author's from from[i] on.
  const at: number[] = [0];
  const from: number[] = [0];
  const pieces: string[] = [];
  let copied = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    if (end - i > LONG_SPACE) {
      let control = i + 1;
      while (control < end && !isControl(text.charCodeAt(control))) control++;
      const second = control < end && text.charCodeAt(control) !== text.charCodeAt(i);
      pieces.push(text.slice(copied, i + 1));
      length += i + 1 - copied;
      if (second) {
        pieces.push(text.charAt(control));
        at.push(length);
        from.push(control);
        length += 1;
      }
      at.push(length);
      from.push(end);
      copied = end;
    }
    i = end - 1;
  }
  if (copied === 0) return { text, original: (offset) => offset };
  pieces.push(text.slice(copied));
  const original = (offset: number): number => {
    let low = 0;
    let high = at.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((at[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return (from[low] ?? 0) + offset - (at[low] ?? 0);
  };
  return { text: pieces.join(''), original };
}

function explain(text: string, kind: string, offset: number, length: number): Explanation {
  const token = text.slice(offset, offset + length);
  const atEnd = text.slice(offset).trim() === '';
  const comma = trailingComma(text, offset);
  switch (kind) {
    case 'InvalidSymbol':
      if (token.startsWith("'")) return { message: `Unexpected ${quote(token)}.`, hint: 'JSON strings and keys use double quotes "…", not single quotes.' };
      if (/^[A-Za-z_$]/.test(token)) {
        return { message: `Unexpected word ${quote(token)}.`, hint: 'Keys and texts need double quotes; the only bare words JSON allows are true, false and null.' };
      }
      return { message: `Unexpected ${quote(token)}.`, hint: 'This is not valid JSON here.' };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (comma !== undefined) return { offset: comma, message: 'A comma with nothing after it.', hint: 'JSON allows no comma after the last item: remove this comma.' };
      if (atEnd) return { message: 'The file ends too early: a value is missing.', hint: 'The file may be cut off; check its end.' };
      return kind === 'ValueExpected'
        ? { message: 'Expected a value here.', hint: 'A value is a "string", a number, an object { … }, an array [ … ], true, false or null.' }
        : { message: 'Expected a key in double quotes here.', hint: 'Write keys as "key": value.' };
    case 'ColonExpected':
      return { message: 'Expected ":" after the key.', hint: 'Write keys as "key": value.' };
    case 'CommaExpected':
      return { message: 'Expected a comma before this.', hint: 'Items in an object or array are separated by commas; one is probably missing at the end of the previous item.' };
    case 'CloseBraceExpected':
      return atEnd
        ? { message: 'The file ends before an object is closed with "}".', hint: 'Check that every "{" has its "}".' }
        : { message: 'Expected "}" to close the object.', hint: 'Check that every "{" has its "}", and for a missing comma.' };
    case 'CloseBracketExpected':
      return atEnd
        ? { message: 'The file ends before an array is closed with "]".', hint: 'Check that every "[" has its "]".' }
        : { message: 'Expected "]" to close the array.', hint: 'Check that every "[" has its "]", and for a missing comma.' };
    case 'EndOfFileExpected':
      return { message: 'Unexpected text after the end of the scenario.', hint: 'The scenario is one object { … }: remove what follows its last "}", or an extra "}".' };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { message: 'JSON does not allow comments.', hint: 'Remove the comment; notes for the trainer go in "trainerNote" or "trainerIntro".' };
    case 'UnexpectedEndOfString':
      return { message: 'This string is not closed.', hint: 'End it with a double quote on the same line; write a line break inside a string as \\n.' };
    case 'UnexpectedEndOfNumber':
      return { message: 'This number is incomplete.', hint: 'Write numbers like 12, -3 or 0.5.' };
    case 'InvalidUnicode':
      return { message: 'Invalid \\u escape in a string.', hint: 'Write \\u followed by four hexadecimal digits, e.g. \\u00e9.' };
    case 'InvalidEscapeCharacter':
      return {
        offset: firstBadEscape(text, offset, length),
        message: 'Invalid escape in a string.',
        hint: 'Inside a string, write a backslash as \\\\; allowed escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.',
      };
    case 'InvalidCharacter':
      return {
        offset: firstControlCharacter(text, offset, length),
        message: 'A string contains a control character (such as a tab).',
        hint: 'Write a tab as \\t and a line break as \\n.',
      };
    default:
      return { message: 'This is not valid JSON here.' };
  }
}

function quote(token: string): string {
  return JSON.stringify(token.length > 30 ? `${token.slice(0, 30)}…` : token);
}

/** The offset of a comma directly before a closing "}" or "]" at `offset`, if that is the mistake. */
function trailingComma(text: string, offset: number): number | undefined {
  const ch = text[offset];
  if (ch !== '}' && ch !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',' ? i : undefined;
}

function firstBadEscape(text: string, offset: number, length: number): number {
  for (let i = offset; i < offset + length; i++) {
    if (text[i] === '\\') {
      if (!'"\\/bfnrtu'.includes(text[i + 1] ?? '')) return i;
      i++;
    }
  }
  return offset;
}

function firstControlCharacter(text: string, offset: number, length: number): number {
  for (let i = offset; i < offset + length; i++) if (text.charCodeAt(i) < 0x20) return i;
  return offset;
}
