// Runs tasks a bounded number at a time and yields their results in task order.

/**
 * Starts up to `window` tasks at once (more as earlier ones are taken) and yields each result in
 * the order the tasks were given. Tasks must not reject: a task turns its failure into a result.
 */
export async function* inOrder<T>(tasks: Iterable<() => Promise<T>>, window: number): AsyncGenerator<T> {
  const it = tasks[Symbol.iterator]();
  const running: Promise<T>[] = [];
  let exhausted = false;
  const fill = (): void => {
    while (!exhausted && running.length < Math.max(1, window)) {
      const next = it.next();
      if (next.done) exhausted = true;
      else running.push(next.value());
    }
  };
  fill();
  while (running.length > 0) {
    const result = await (running.shift() as Promise<T>);
    fill();
    yield result;
  }
}
