/** One engine shared by a test file, as a shell keeps one; tests that need their own make one. */
import { createEngine } from '../../src/core/engine';

export const engine = createEngine();
export const analyzeWorkbook = engine.analyzeWorkbook;
export const draftFromText = engine.draftFromText;
export const catalog = engine.catalog;
