/**
 * Finds where a JSON text breaks and says why, in words a person editing the file can act on.
 * Used only after JSON.parse failed: Node's own messages do not always give a position.
 */

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  problem: string;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

const MAX_DEPTH = 2000;

/** The first syntax error of a JSON text (1-based line and column), or null when it parses. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineColumn(text, error.at), problem: error.problem };
  }
}

function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

class Scanner {
  private i = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.space();
    if (this.i >= this.text.length) throw new Stop(this.i, 'the file is empty');
    this.value(0);
    this.space();
    if (this.i < this.text.length) {
      throw new Stop(this.i, `unexpected ${this.shown()} after the end of the JSON value`);
    }
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) throw new Stop(this.i, 'the JSON is nested too deeply');
    const c = this.text[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    if (c === "'") throw new Stop(this.i, 'strings must use double quotes (")');
    throw new Stop(this.i, `unexpected ${this.shown()}, expected a value`);
  }

  private object(depth: number): void {
    this.i++;
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      const c = this.text[this.i];
      if (c === '}') throw new Stop(this.i, 'trailing comma before "}"');
      if (c !== '"') {
        throw new Stop(this.i, `unexpected ${this.shown()}, expected a property name in double quotes`);
      }
      this.string();
      this.space();
      if (this.text[this.i] !== ':') throw new Stop(this.i, `unexpected ${this.shown()}, expected ":"`);
      this.i++;
      this.space();
      this.value(depth + 1);
      this.space();
      const next = this.text[this.i];
      if (next === ',') {
        this.i++;
        continue;
      }
      if (next === '}') {
        this.i++;
        return;
      }
      throw new Stop(this.i, `unexpected ${this.shown()}, expected "," or "}"`);
    }
  }

  private array(depth: number): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.i] === ']') throw new Stop(this.i, 'trailing comma before "]"');
      this.value(depth + 1);
      this.space();
      const next = this.text[this.i];
      if (next === ',') {
        this.i++;
        continue;
      }
      if (next === ']') {
        this.i++;
        return;
      }
      throw new Stop(this.i, `unexpected ${this.shown()}, expected "," or "]"`);
    }
  }

  private string(): void {
    const start = this.i;
    this.i++;
    for (;;) {
      const code = this.text.charCodeAt(this.i);
      if (Number.isNaN(code)) throw new Stop(start, 'unterminated string');
      if (code === 34) {
        this.i++;
        return;
      }
      if (code < 0x20) throw new Stop(this.i, 'control character (such as a line break) inside a string');
      if (code === 92) {
        const escape = this.text[this.i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
            throw new Stop(this.i, 'invalid \\u escape in a string');
          }
          this.i += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
          throw new Stop(this.i, 'invalid escape in a string');
        }
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!match) throw new Stop(this.i, 'invalid number');
    this.i += match[0].length;
  }

  private space(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i] ?? '')) this.i++;
  }

  private shown(): string {
    const c = this.text[this.i];
    if (c === undefined) return 'end of file';
    return JSON.stringify(c);
  }
}
