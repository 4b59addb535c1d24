/**
 * Watches folders for any change to the files in them, however a file is saved: written in place,
 * or written to a temporary file and renamed over it (editors' atomic save, `sed -i`).
 *
 * Each folder is watched on its own, not recursively: Node's recursive watcher on Linux watches
 * each file's inode, so after a rename-save it watches a file that is gone and misses every later
 * write. A folder's watch sees every entry of the folder, whatever inode it has. Folders added or
 * removed are found again on every rename event.
 */
import { watch, readdirSync, type FSWatcher } from "node:fs";
import { join } from "node:path";

/** Calls `onChange` on every change under `roots` until `signal` aborts. */
export function watchTree(
  roots: readonly string[],
  onChange: () => void,
  signal: AbortSignal,
): void {
  const watchers = new Map<string, FSWatcher>();
  const sync = () => {
    const now = new Set(roots.flatMap(foldersUnder));
    for (const [dir, watcher] of watchers) {
      if (now.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of now) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, (event) => {
          // A rename may add or remove a folder: watch what is there now.
          if (event === "rename") sync();
          onChange();
        });
        // A folder removed while watched: forget it, and look again.
        watcher.on("error", () => {
          watcher.close();
          watchers.delete(dir);
          sync();
        });
        watchers.set(dir, watcher);
      } catch {
        // Gone between listing and watching: the next rename event looks again.
      }
    }
  };
  sync();
  signal.addEventListener(
    "abort",
    () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
    { once: true },
  );
}

/** `root` and every folder under it, or nothing when `root` does not exist. */
function foldersUnder(root: string): string[] {
  try {
    const entries = readdirSync(root, { recursive: true, withFileTypes: true });
    return [root, ...entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name))];
  } catch {
    return [];
  }
}
