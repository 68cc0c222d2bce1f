import { tokenFuzzTest } from './token-fuzz.js';

/** The other half of the systematic token fuzzing (see token-fuzz.ts). */
tokenFuzzTest(1);
