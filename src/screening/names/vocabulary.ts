/** Interned name tokens: every distinct token string is stored once and referred to by a small integer. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(token, id);
      this.strings.push(token);
    }
    return id;
  }

  /** -1 when the token is not in the list's vocabulary. */
  id(token: string): number {
    return this.ids.get(token) ?? -1;
  }

  token(id: number): string {
    return this.strings[id];
  }

  get size(): number {
    return this.strings.length;
  }
}
