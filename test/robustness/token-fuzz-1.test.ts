import { tokenFuzzTest } from './token-fuzz.js';

/** Half of the systematic token fuzzing (see token-fuzz.ts). */
tokenFuzzTest(0);
