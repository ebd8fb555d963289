/** Collects bound parameters while SQL text is assembled; `bind` returns the `$n` placeholder. */
export class SqlParams {
  readonly values: unknown[] = [];

  bind(value: unknown, cast?: 'int' | 'float8' | 'text'): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}
