/** Earlier states of a text, newest last; every text operation pushes the state it replaces. */
export class UndoStack<T> {
  private readonly states: T[] = [];

  constructor(private readonly limit = 50) {}

  get size(): number {
    return this.states.length;
  }

  get canUndo(): boolean {
    return this.states.length > 0;
  }

  /** Remembers `state` (the value before a change); equal consecutive states are kept once. */
  push(state: T): void {
    if (this.states.at(-1) === state) {
      return;
    }
    this.states.push(state);
    if (this.states.length > this.limit) {
      this.states.shift();
    }
  }

  /** The state before the last change, or undefined when there is none. */
  undo(): T | undefined {
    return this.states.pop();
  }

  clear(): void {
    this.states.length = 0;
  }
}
