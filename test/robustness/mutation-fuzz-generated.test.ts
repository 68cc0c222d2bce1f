import { generatedTexts, mutationFuzzTest } from './fuzz.js';

/** The other half of the mutation fuzzing: damaged generated offerings (see fuzz.ts). */
mutationFuzzTest('generated', 'mutated generated offerings', generatedTexts(40));
