/** A source as the engine knows it after loading and checking. */
import type { SourceMeta } from "../schemas/source.ts";
import type { Block } from "./edition.ts";
import type { RefusedBlock } from "./refused-blocks.ts";

/** The files of one source folder, as read from disk by the loader. */
export interface SourceFiles {
  /** The folder name, which is the source's id. */
  id: string;
  /** Paths relative to the project root, used in findings. */
  metaPath: string;
  editionPath: string;
  rawPath: string;
  metaText: string | null;
  editionText: string | null;
  raw: Uint8Array | null;
}

export interface Source {
  id: string;
  files: SourceFiles;
  /** Null when source.yaml is missing or invalid (a finding says why). */
  meta: SourceMeta | null;
  /** The raw text, decoded as UTF-8. */
  raw: string;
  /** sha256 of the raw bytes, as found on disk. */
  rawSha256: string;
  blocks: Block[];
  /**
   * Blocks whose words the check refused, with their finding, which the runner reports once the
   * quotes that depend on them are known.
   */
  refusedBlocks: RefusedBlock[];
}
