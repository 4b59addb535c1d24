/* global document */
// The reader's theme, set before the page paints (see src/pages/theme.js.ts).
(() => {
  const root = document.documentElement;
  const set = (v) => {
    if (v === "light" || v === "dark") root.dataset.theme = v;
    else delete root.dataset.theme;
  };
  try {
    set(localStorage.getItem("theme"));
  } catch {
    // No storage (a private window, say): the page follows the system.
  }
  document.addEventListener("DOMContentLoaded", () => {
    const select = document.getElementById("theme");
    if (!select) return;
    select.value = root.dataset.theme ?? "auto";
    select.addEventListener("change", () => {
      set(select.value);
      try {
        if (select.value === "auto") localStorage.removeItem("theme");
        else localStorage.setItem("theme", select.value);
      } catch {
        // The choice holds for this page only.
      }
    });
  });
})();
