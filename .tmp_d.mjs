import { findDates } from './dist/src/analyze/dates.js';
import fs from 'node:fs';
const [f, pub] = process.argv.slice(2);
const t = fs.existsSync(f) ? fs.readFileSync(f,'utf8') : f;
for (const d of findDates(t, pub === 'null' ? null : pub)) console.log(JSON.stringify(d));
