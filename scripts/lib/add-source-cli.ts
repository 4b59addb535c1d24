/**
 * `npm run add-source -- <file> [--id slug]`: makes `sources/<id>/` for a new
 * article: the raw text byte for byte, its sha256 in a metadata stub that the
 * check asks to complete, and a first edition that the check accepts.
 * Exit codes: 0 created, 2 could not (nothing is written then).
 */
import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { firstEdition } from "../../src/facts/sources/first-edition.ts";
import type { Io } from "./check-cli.ts";

const USAGE = `Usage: npm run add-source -- <file> [--id slug] [--root <dir>]
`;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { id: { type: "string" }, root: { type: "string" } },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) {
    io.stderr(USAGE);
    return 2;
  }
  const root = resolve(io.cwd, args.values.root ?? ".");
  const id = args.values.id ?? slugOf(basename(file, extname(file)));
  if (!SLUG.test(id)) {
    io.stderr(
      `Unexpected id \`${id}\`, expected lower-case words joined by hyphens; give one with --id\n`,
    );
    return 2;
  }
  const dir = join(root, "sources", id);
  if (existsSync(dir)) {
    io.stderr(`Unexpected id \`${id}\`: sources/${id} exists already; give another with --id\n`);
    return 2;
  }
  const bytes = await readFile(resolve(io.cwd, file)).catch(() => null);
  if (!bytes) {
    io.stderr(`Cannot read ${file}\n`);
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    io.stderr(`Unexpected bytes in ${file}: expected UTF-8 text\n`);
    return 2;
  }

  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "raw.txt"), bytes);
  await writeFile(
    join(dir, "source.yaml"),
    metadataStub(id, createHash("sha256").update(bytes).digest("hex")),
  );
  await writeFile(join(dir, "edition.txt"), firstEdition(text));
  io.stdout(
    `Created sources/${id}/: raw.txt (the file byte for byte), source.yaml and edition.txt.\n` +
      "Next: complete source.yaml (npm run check says what is missing), then make the edition readable:\n" +
      "split or join blocks, set their kinds, and declare every change under `changes:`.\n",
  );
  return 0;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Empty strings where only a person can say what is true: the schema refuses them until they are filled. */
function metadataStub(id: string, sha256: string): string {
  return `id: ${id}
title: ""            # the title as printed
author: null         # the author as printed, or null
publisher:
  name: null         # the publisher, or null
  attribution: ""    # in words: how the publisher was (or could not be) attributed
published: null      # ISO date YYYY-MM-DD as printed, or null
dating: ""           # where published is null: the evidence for when it was written
language: en
url: ""              # "" while no address is known; never an invented one
raw:
  file: raw.txt
  sha256: ${sha256}
changes: []
`;
}
