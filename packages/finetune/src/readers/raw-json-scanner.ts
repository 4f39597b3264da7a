/**
 * A single-pass, tolerant scanner over the raw text of one JSON record. It sees what `JSON.parse` hides:
 * duplicate keys (JSON.parse keeps the last), how a `weight` number was written (`1.0` parses to `1`), lone
 * surrogates from `\uD800`-style escapes; and it tells a complete record from one that stops between tokens
 * (a pretty-printed object continuing on the next line), one cut mid-token (truncated) and a syntax error —
 * each with the JSON pointer where it happens.
 *
 * It is incremental between tokens: `scan(text)` may be called again with `text` extended by more lines, and
 * continues where it stopped. Strings are skipped with `indexOf`, so the cost is close to one pass over the
 * structural characters.
 */

/** `complete`: one whole JSON value; `incomplete`: stops between tokens inside a container (more may follow);
 * `truncated`: stops inside a token (a string, literal or number); `invalid`: a syntax error. */
export type ScanStatus = "complete" | "incomplete" | "truncated" | "invalid";

export interface RawJsonNote {
  kind: "duplicate-key" | "weight-token" | "lone-surrogate";
  /** Pointer of the value (for a duplicate key: of the key's value). */
  pointer: string;
  /** The duplicate key, the raw number token, or the escape. */
  detail: string;
}

const enum State {
  Value,
  ValueOrClose,
  KeyOrClose,
  Key,
  Colon,
  AfterValue,
  Done,
  Failed,
}

const objectFrame = 0;
const arrayFrame = 1;
/** Deeper nesting than this is reported as invalid rather than risking a stack overflow downstream. */
export const maxNestingDepth = 1000;
/** Objects with more keys than this switch from a linear key list to a Set for duplicate detection. */
const keyListLimit = 16;
const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

export class RawJsonScanner {
  private position = 0;
  private state: State = State.Value;
  private readonly frames: number[] = [];
  private readonly path: (string | number)[] = [];
  private readonly keys: (string[] | Set<string>)[] = [];
  /** Findings for F08/M04/F01, in text order; undefined when there are none (the common case). */
  notes: RawJsonNote[] | undefined;
  /** Where the scan stopped on `invalid`/`truncated` (offset into the text), with a message and pointer. */
  errorOffset = -1;
  errorMessage = "";
  errorPointer = "";

  reset(): void {
    this.position = 0;
    this.state = State.Value;
    this.frames.length = 0;
    this.path.length = 0;
    this.keys.length = 0;
    this.notes = undefined;
    this.errorOffset = -1;
    this.errorMessage = "";
    this.errorPointer = "";
  }

  /** Scans `text` from where the previous call stopped (`text` must extend the previous text). */
  scan(text: string): ScanStatus {
    const length = text.length;
    let index = this.position;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
        index += 1;
        continue;
      }
      switch (this.state) {
        case State.Value:
        case State.ValueOrClose: {
          if (code === 0x5d /* ] */ && this.state === State.ValueOrClose) {
            index = this.close(arrayFrame, index);
            break;
          }
          const end = this.value(text, index, code);
          if (end < 0) return end === -1 ? "truncated" : "invalid";
          index = end;
          break;
        }
        case State.KeyOrClose:
        case State.Key: {
          if (code === 0x7d /* } */ && this.state === State.KeyOrClose) {
            index = this.close(objectFrame, index);
            break;
          }
          if (code !== 0x22) return this.fail(index, `expected a double-quoted property name, found ${describe(text, index)}`);
          const end = this.string(text, index, true);
          if (end < 0) return this.truncated(index, "the line ends inside a property name");
          const raw = text.slice(index + 1, end - 1);
          this.setKey(raw.includes("\\") ? decodeKey(raw) : raw);
          this.state = State.Colon;
          index = end;
          break;
        }
        case State.Colon:
          if (code !== 0x3a) return this.fail(index, `expected ':' after the property name, found ${describe(text, index)}`);
          this.state = State.Value;
          index += 1;
          break;
        case State.AfterValue: {
          const frame = this.frames[this.frames.length - 1];
          if (code === 0x2c /* , */) {
            if (frame === objectFrame) this.state = State.Key;
            else {
              this.path[this.path.length - 1] = (this.path[this.path.length - 1] as number) + 1;
              this.state = State.Value;
            }
            index += 1;
          } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
            const closing = code === 0x7d ? objectFrame : arrayFrame;
            if (closing !== frame) return this.fail(index, `found ${describe(text, index)} where ${frame === objectFrame ? "',' or '}'" : "',' or ']'"} was expected`);
            index = this.close(closing, index);
          } else {
            return this.fail(index, `expected ${frame === objectFrame ? "',' or '}'" : "',' or ']'"} after a value, found ${describe(text, index)}`);
          }
          break;
        }
        case State.Done:
          return this.fail(index, `unexpected ${describe(text, index)} after the end of the JSON value (two values on one line?)`);
        case State.Failed:
          return "invalid";
      }
      if ((this.state as State) === State.Failed) return "invalid";
    }
    this.position = index;
    if (this.state === State.Done) return "complete";
    return this.state === State.Failed ? "invalid" : "incomplete";
  }

  /** The pointer of the value being scanned (`drop` trailing segments left out). */
  pointer(drop = 0): string {
    let pointer = "";
    for (let depth = 0; depth < this.path.length - drop; depth += 1) {
      const key = this.path[depth] as string | number;
      pointer += `/${typeof key === "number" ? key : escapePointer(key)}`;
    }
    return pointer;
  }

  /** Scans a value starting at `index`; returns the index after it, or -1 (truncated) / -2 (invalid). */
  private value(text: string, index: number, code: number): number {
    if (code === 0x22) {
      const end = this.string(text, index, false);
      if (end < 0) {
        this.truncated(index, "the line ends inside a string");
        return -1;
      }
      this.afterValue();
      return end;
    }
    if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (this.frames.length >= maxNestingDepth) {
        this.fail(index, `nesting deeper than ${maxNestingDepth} levels`);
        return -2;
      }
      const object = code === 0x7b;
      this.frames.push(object ? objectFrame : arrayFrame);
      this.path.push(object ? "" : 0);
      if (object) this.keys.push([]);
      this.state = object ? State.KeyOrClose : State.ValueOrClose;
      return index + 1;
    }
    if (code === 0x2d /* - */ || (code >= 0x30 && code <= 0x39)) {
      numberPattern.lastIndex = index;
      const match = numberPattern.exec(text);
      if (!match) {
        if (index + 1 >= text.length) this.truncated(index, "the line ends inside a number");
        else this.fail(index, `invalid number ${JSON.stringify(text.slice(index, index + 12))}`);
        return index + 1 >= text.length ? -1 : -2;
      }
      const raw = match[0];
      if (this.path[this.path.length - 1] === "weight" && this.frames[this.frames.length - 1] === objectFrame && /[.eE]/.test(raw)) {
        this.note("weight-token", raw);
      }
      this.afterValue();
      return index + raw.length;
    }
    for (const literal of literals) {
      if (text.startsWith(literal, index)) {
        this.afterValue();
        return index + literal.length;
      }
      if (index + literal.length > text.length && literal.startsWith(text.slice(index))) {
        this.truncated(index, `the line ends inside "${literal}"`);
        return -1;
      }
    }
    this.fail(index, `expected a value, found ${describe(text, index)}`);
    return -2;
  }

  /** Skips a string starting at the quote at `index`; returns the index after its closing quote, or -1. */
  private string(text: string, index: number, isKey: boolean): number {
    let from = index + 1;
    let quote = text.indexOf('"', from);
    let backslash = text.indexOf("\\", from);
    for (;;) {
      if (quote < 0) return -1;
      if (backslash < 0 || backslash > quote) return quote + 1;
      // An escape before the candidate closing quote: step over it (it may be the quote itself).
      const escaped = text.charCodeAt(backslash + 1);
      if (escaped === 0x75 /* u */) {
        const unit = Number.parseInt(text.slice(backslash + 2, backslash + 6), 16);
        from = backslash + 6;
        if (unit >= 0xd800 && unit <= 0xdbff) {
          const next = text.startsWith("\\u", from) ? Number.parseInt(text.slice(from + 2, from + 6), 16) : Number.NaN;
          if (next >= 0xdc00 && next <= 0xdfff) from += 6;
          else this.surrogate(text, backslash, isKey);
        } else if (unit >= 0xdc00 && unit <= 0xdfff) {
          this.surrogate(text, backslash, isKey);
        }
      } else {
        from = backslash + 2;
      }
      if (from > text.length) return -1;
      // Search for the next quote again only when the escape covered the candidate one (the search is the cost).
      if (from > quote) quote = text.indexOf('"', from);
      backslash = text.indexOf("\\", from);
    }
  }

  private surrogate(text: string, backslash: number, isKey: boolean): void {
    this.note("lone-surrogate", text.slice(backslash, backslash + 6), isKey ? this.pointer(1) : this.pointer());
  }

  private setKey(key: string): void {
    const depth = this.keys.length - 1;
    const seen = this.keys[depth] as string[] | Set<string>;
    this.path[this.path.length - 1] = key;
    if (Array.isArray(seen)) {
      if (seen.includes(key)) this.note("duplicate-key", key);
      else if (seen.length < keyListLimit) seen.push(key);
      else this.keys[depth] = new Set([...seen, key]);
    } else if (seen.has(key)) {
      this.note("duplicate-key", key);
    } else {
      seen.add(key);
    }
  }

  private close(frame: number, index: number): number {
    this.frames.pop();
    this.path.pop();
    if (frame === objectFrame) this.keys.pop();
    this.afterValue();
    return index + 1;
  }

  private afterValue(): void {
    this.state = this.frames.length === 0 ? State.Done : State.AfterValue;
  }

  private note(kind: RawJsonNote["kind"], detail: string, pointer = this.pointer()): void {
    (this.notes ??= []).push({ kind, pointer, detail });
  }

  private fail(index: number, message: string): ScanStatus {
    return this.stop(index, message, "invalid");
  }

  private truncated(index: number, message: string): ScanStatus {
    return this.stop(index, message, "truncated");
  }

  private stop(index: number, message: string, status: ScanStatus): ScanStatus {
    this.state = State.Failed;
    this.errorOffset = index;
    this.errorMessage = message;
    this.errorPointer = this.pointer();
    return status;
  }
}

const literals = ["true", "false", "null"] as const;

function describe(text: string, index: number): string {
  const character = text[index];
  return character === undefined ? "the end of the line" : `'${character}'`;
}

function decodeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** RFC 6901 escaping of one pointer segment. */
export function escapePointer(key: string): string {
  return key.includes("~") || key.includes("/") ? key.replaceAll("~", "~0").replaceAll("/", "~1") : key;
}
