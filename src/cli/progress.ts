// A one-line progress bar on a terminal's standard error; silent when the output is not a terminal.
export class Progress {
  private done = 0;
  private lastDraw = 0;

  constructor(private readonly enabled: boolean, private readonly label: string) {}

  tick(detail: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 50) return;
    this.lastDraw = now;
    const spin = '|/-\\'[this.done % 4];
    const name = detail.length > 50 ? `…${detail.slice(-49)}` : detail;
    process.stderr.write(`\r\x1b[2K${spin} ${this.label} ${this.done}  ${name}`);
  }

  finish(): void {
    if (this.enabled) process.stderr.write('\r\x1b[2K');
  }
}
