import { exampleTexts, mutationFuzzTest } from './fuzz.js';

/** Half of the mutation fuzzing: damaged copies of the example files (see fuzz.ts). */
mutationFuzzTest('examples', 'mutated example files', exampleTexts());
