// Imported first by an entry point: sets V8's tiering budget for the process (see v8-tiering.ts).
import { tuneTiering } from './v8-tiering.js';

tuneTiering();
