/** Runs the ```ts examples of README.md and checks every `// → expected` claim (scripts/readme-examples.ts). */
import * as core from '@plural/core';
import { describeReadmeExamples } from '../../../scripts/readme-examples.js';
import * as facility from '../src/index.js';

describeReadmeExamples(new URL('../README.md', import.meta.url), { '@plural/facility-location': facility, '@plural/core': core }, 4);
