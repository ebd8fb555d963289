/**
 * A progress bar on stderr for long CLI work. On a terminal it redraws one line per step;
 * in logs (CI, pipes) it prints a line at each quarter so output stays short.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  let lastLabel = '';
  let lastQuarter = -1;
  return {
    update(label: string, done: number, total: number) {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const text = `${label.padEnd(22)} ${String(done).padStart(6)}/${total} ${Math.round(ratio * 100)}%`;
      if (stream.isTTY) {
        const filled = Math.round(ratio * width);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
        if (ratio === 1) stream.write('\n');
        return;
      }
      const quarter = Math.floor(ratio * 4);
      if (label !== lastLabel || quarter !== lastQuarter) stream.write(`  ${text}\n`);
      lastLabel = label;
      lastQuarter = quarter;
    },
  };
}
