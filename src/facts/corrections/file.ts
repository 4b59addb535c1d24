/** Where the corrections log lives, and what the loader hands the check. */

/** The log's file name, in the content folder beside the pages it corrects. */
export const CORRECTIONS_FILE = "corrections.yaml";

/** The log as the loader reads it from disk. */
export interface CorrectionsFile {
  /** Path relative to the project root (`content/corrections.yaml`). */
  path: string;
  text: string;
}
