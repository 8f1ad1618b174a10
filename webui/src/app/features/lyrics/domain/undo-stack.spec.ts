import { UndoStack } from './undo-stack';

describe('UndoStack', () => {
  it('gives back earlier states newest first', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    expect(stack.canUndo).toBe(true);
    expect(stack.undo()).toBe('b');
    expect(stack.undo()).toBe('a');
    expect(stack.undo()).toBeUndefined();
    expect(stack.canUndo).toBe(false);
  });

  it('keeps equal consecutive states once and forgets beyond its limit', () => {
    const stack = new UndoStack<string>(3);
    ['a', 'a', 'b', 'c', 'd'].forEach((s) => stack.push(s));
    expect(stack.size).toBe(3);
    expect([stack.undo(), stack.undo(), stack.undo()]).toEqual(['d', 'c', 'b']);
  });

  it('clears', () => {
    const stack = new UndoStack<number>();
    stack.push(1);
    stack.clear();
    expect(stack.canUndo).toBe(false);
  });
});
